import RNNExpr
import RNNMath

/// Every value the solver hands out has a finite decimal form: an approximate result that
/// overflowed (or is NaN), or an exact one beyond the `Double` range (`1e200 * 1e200`), is a
/// located ``SolverError`` naming the operation, never a key printed as `inf`.
extension Matrix {
    /// Whether every element is a finite `Double` (exact elements: whether their nearest
    /// `Double` is finite, i.e. they lie within about ±1.8e308).
    var isWithinFloatingPointRange: Bool {
        if let approximations { return approximations.allSatisfy(\.isFinite) }
        return elements.allSatisfy { $0.doubleValue.isFinite }
    }
}

extension SolverError {
    /// Throws, located at `range`, unless `value` is within the floating-point range.
    ///
    ///     // trace([[1e308, 0], [0, 1e308]] * exp(0)):
    ///     //   "in trace: trace overflowed: the result is too large (or undefined) as a floating-point number"
    ///     // [[1e200]] * [[1e200]]:
    ///     //   "in matmul: the exact result is beyond the floating-point range (about ±1.8e308), …"
    static func requireFinite(_ value: Matrix, from operation: String, range: SourceRange?) throws(SolverError) {
        guard !value.isWithinFloatingPointRange else { return }
        if value.isExact {
            throw SolverError("in \(operation): the exact result is beyond the floating-point range (about ±1.8e308), "
                              + "so it has no decimal form to show or compare answers with", range: range)
        }
        throw SolverError(GraphError.operation(op: operation, error: .overflow(operation: operation)), at: range)
    }
}
