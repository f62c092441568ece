import RNNExpr
import RNNMath

/// The per-step terms of `grad(f, W)` for a parameter W: with one leaf per use of W, the
/// gradient reaching each leaf is that step's term of the BPTT sum.
struct GradientTerms {
    let run: ModelRun

    /// Working lines for a top-level `grad(f, W)`; none for other asks.
    func terms(for ask: Expr) throws(SolverError) -> [WorkingLine] {
        guard case .call("grad", let arguments) = ask.kind, arguments.count == 2,
              case .name(let parameter) = arguments[1].value.kind,
              let leaves = run.parameterLeaves[parameter], leaves.count > 1 else { return [] }
        let output = try ExpressionBuilder(run: run, step: nil).build(arguments[0].value)
        guard run.graph.value(output).isScalar else { return [] }
        let gradients: Gradients
        do { gradients = try run.graph.backward(from: output) } catch { throw SolverError(error, at: ask.range) }
        return leaves.map { leaf in
            let place = leaf.context.isEmpty ? "outside the steps" : "use at \(leaf.context)"
            return WorkingLine(label: "∂\(arguments[0].value)/∂\(parameter), \(place)", value: gradients[leaf.node])
        }
    }
}
