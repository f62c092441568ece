import RNNExpr
import RNNMath

/// The working of an ask that unrolls nothing (`W^30`, `det(W)`): the parameters it uses, and
/// for a power of a square matrix the eigenvalues and spectral radius that decide whether the
/// power vanishes or explodes.
struct GivenWorking {
    let run: ModelRun

    func lines(for ask: Expr) throws(SolverError) -> [WorkingLine] {
        var lines: [WorkingLine] = []
        for name in run.parameterLeaves.keys.sorted() {
            lines.append(WorkingLine(label: name, value: try run.parameterValue(name, range: nil)))
        }
        var stack = [ask]
        while let next = stack.popLast() {
            stack.append(contentsOf: next.children)
            guard case .binary(.power, let base, _) = next.kind else { continue }
            let value = run.graph.value(try ExpressionBuilder(run: run, step: nil).build(base))
            guard value.isSquare, !value.isScalar,
                  let eigenvalues = try? value.exactEigenvalues() ?? value.eigenvalues().compactMap({ $0.imaginary == 0 ? Rational(exactly: $0.real) : nil }),
                  eigenvalues.count == value.rows,
                  let radius = try? value.spectralRadius() else { continue }
            lines.append(WorkingLine(label: "eigvals(\(base))", value: .column(eigenvalues.map { value.isExact ? .exact($0) : .approx($0.doubleValue) })))
            lines.append(WorkingLine(label: "spectral_radius(\(base))", value: .scalar(radius)))
        }
        return lines
    }
}
