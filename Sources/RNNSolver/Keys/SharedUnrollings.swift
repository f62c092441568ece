import RNNExpr
import RNNRubric

/// Asks evaluated together for their values only (the known mistakes of a part, the
/// requirements of a drawn variant) sharing one unrolling per model: `grad(L, W_h)` and
/// `partial(L, W_h)` then build `h[1]`, `h[2]` and `L` once instead of once each.
///
/// Sharing never changes a result. A node on a shared unrolling is the same computation as on
/// a fresh one, so a value computed there is the value a fresh unrolling gives; but a shared
/// graph also holds the other asks' nodes, so it meets the node budget sooner and may fall back
/// to floating point where a fresh one would not. An evaluation that fails or falls back there
/// is therefore done again on a fresh unrolling (``Solver/evaluate(_:model:overrides:parameters:approximatesBeyondBudget:)``),
/// whose result is the answer, and the shared unrolling is dropped.
///
/// Models are told apart by their problem and id (or the name a rewritten model is given), so
/// one instance serves a whole rubric. Not safe to share between threads: make one per task.
package final class SharedUnrollings {
    private let solver: Solver
    private var runs: [RunKey: ModelRun] = [:]

    private struct RunKey: Hashable {
        var problem: String
        var model: String
        var approximates: Bool
    }

    /// Unrollings for asks of `solver`'s rubric.
    package init(solver: Solver) {
        self.solver = solver
    }

    /// The value of `ask` on `model` (nil for none), without working, as `Solver.evaluate`
    /// computes it. `model` is one of the models of the rubric's problem `problem`, known by its
    /// id; a model rewritten from one (a built-in mistake's) is shared under the name `name`,
    /// which must stand for one rewriting only.
    package func value(of ask: Expr, model: ModelSpec?, in problem: String, as name: String? = nil,
                       approximatesBeyondBudget: Bool = false) -> Result<SolvedAnswer, SolverError> {
        let key = RunKey(problem: problem, model: name ?? model?.id ?? "", approximates: approximatesBeyondBudget)
        do {
            let run = try runs[key] ?? ModelRun(model: model ?? .empty, budget: solver.rubric.defaults.budget,
                                                approximatesBeyondBudget: approximatesBeyondBudget)
            runs[key] = run
            let value = try solver.value(of: ask, on: run)
            if !run.fellBackToFloatingPoint { return .success(value) }
        } catch {}
        runs[key] = nil
        return solver.evaluate(ask, model: model, approximatesBeyondBudget: approximatesBeyondBudget)
    }
}
