import RNNExpr
import RNNMath

/// `grad`, `partial` and `jacobian`: derivatives of expressions over a model run.
struct Calculus {
    let builder: ExpressionBuilder
    let range: SourceRange

    /// ∂f/∂x, shaped like x. `immediateOnly` evaluates f on a copy of the run whose references to
    /// earlier steps are held fixed, so only x's direct appearances count (`partial`).
    func gradient(of f: Expr, withRespectTo x: Expr, immediateOnly: Bool) throws(SolverError) -> Matrix {
        let run = immediateOnly ? try builder.run.detachedCopy() : builder.run
        let output = try ExpressionBuilder(run: run, step: builder.step).build(f)
        guard run.graph.value(output).isScalar else {
            throw SolverError("grad needs a scalar, but \(f) is \(run.graph.value(output).shapeDescription); use jacobian(\(f), …) instead",
                              range: f.range)
        }
        let nodes = try variableNodes(x, in: run)   // before backward: it sizes the gradients to the graph
        let gradients: Gradients
        do { gradients = try run.backwardPass(from: output, reaching: nodes) } catch { throw SolverError(error, at: range) }
        run.noteFallback(at: "grad(\(f), \(x))")
        return try sum(nodes.map { gradients[$0] })
    }

    /// ∂y/∂x in numerator layout: one row per element of y, one column per element of x.
    func jacobian(of y: Expr, withRespectTo x: Expr) throws(SolverError) -> Matrix {
        let run = builder.run
        let output = try ExpressionBuilder(run: run, step: builder.step).build(y)
        let nodes = try variableNodes(x, in: run)
        let jacobian: Matrix
        do { jacobian = try run.graph.jacobian(of: output, withRespectTo: nodes) } catch { throw SolverError(error, at: range) }
        run.noteFallback(at: "jacobian(\(y), \(x))")
        return jacobian
    }

    /// The nodes standing for x: every per-step leaf of a parameter, or the node of `h[k]` or `L`.
    private func variableNodes(_ x: Expr, in run: ModelRun) throws(SolverError) -> [NodeID] {
        switch x.kind {
        case .name(let name):
            if run.model.quantities.contains(where: { $0.name == name }) { return [try run.quantity(name, range: x.range)] }
            let leaves = run.parameterLeaves[name]?.map(\.node) ?? []
            if !leaves.isEmpty { return leaves }
            guard let unused = try run.parameter(name, context: "unused", range: x.range) else {
                throw SolverError("'\(name)' is not a parameter or quantity of model '\(run.model.id)'", range: x.range)
            }
            return [unused]   // f does not depend on it: a zero gradient of the right shape
        case .index(let base, let indices):
            guard case .name(let name) = base.kind, indices.count == 1 else { break }
            let step = try ExpressionBuilder(run: run, step: builder.step).integer(indices[0]) + run.timeShift
            return [try run.node(name, at: step, range: x.range)]
        default:
            break
        }
        throw SolverError("differentiate with respect to a parameter (W_h), a state at a step (h[1]) or a quantity (L)", range: x.range)
    }

    private func sum(_ matrices: [Matrix]) throws(SolverError) -> Matrix {
        guard var total = matrices.first else { throw SolverError("nothing to differentiate", range: range) }
        for next in matrices.dropFirst() {
            do { total = try total.adding(next) } catch { throw SolverError(error, at: range) }
        }
        return total
    }
}
