import RNNExpr
import RNNMath

extension Matrix {
    /// Every element as its nearest `Double`: `[[1/3]]` → `[[0.3333333333333333]]`.
    ///
    /// Used where every result is approximate anyway (a preset cell with sigmoid or tanh), so
    /// that exact elements are converted once rather than at every product with a `Double`.
    /// Throws, located at `range`, for an exact element beyond the floating-point range.
    func approximated(range: SourceRange?) throws(SolverError) -> Matrix {
        do { return try inFloatingPoint() } catch { throw SolverError(error, at: range) }
    }
}
