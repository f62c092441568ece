import RNNExpr
import RNNRubric

/// Asks evaluated together for their values only (the known mistakes of a part, the
/// requirements of a drawn variant, its keys) sharing one unrolling per model: `grad(L, W_h)`
/// and `partial(L, W_h)` then build `h[1]`, `h[2]` and `L` once instead of once each, and an ask
/// asked again (a known mistake the constraint check of a variant evaluated, then its grader)
/// is answered from memory.
///
/// Sharing never changes a result. A node on a shared unrolling is the same computation as on
/// a fresh one, so a value computed there is the value a fresh unrolling gives, and a failure
/// met there (a step past the last, a division by zero) is the one a fresh unrolling meets;
/// but a shared graph also holds the other asks' nodes, so it meets the node budget sooner and
/// may fall back to floating point where a fresh one would not. An evaluation that falls back
/// or outgrows the budget there is therefore done again on a fresh unrolling
/// (``Solver/evaluate(_:model:overrides:parameters:approximatesBeyondBudget:)``), whose result
/// is the answer, and the shared unrolling is dropped. Whether a run may approximate beyond the
/// budget only matters once it outgrows the budget, so asks with and without that permission
/// share one run (made with the first ask's), and an answer of the shared run serves both.
///
/// Models are told apart by their problem and id (or the name a rewritten model is given), so
/// one instance serves a whole rubric. Not safe to use from two threads at once: make one per
/// task, or hand it from one task to the next (a drawn variant's goes to its grader).
package final class SharedUnrollings: @unchecked Sendable {
    private let solver: Solver
    private var runs: [RunKey: ModelRun] = [:]
    private var answers: [AskKey: Result<SolvedAnswer, SolverError>] = [:]

    private struct RunKey: Hashable {
        var problem: String
        var model: String
    }

    /// An ask on a run; `approximates` is nil for an answer the shared run gave (the same with
    /// either permission, since the run never outgrew the budget), else the permission it was
    /// evaluated afresh with.
    private struct AskKey: Hashable {
        var run: RunKey
        var ask: Expr
        var approximates: Bool?
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
        let key = RunKey(problem: problem, model: name ?? model?.id ?? "")
        if let known = answers[AskKey(run: key, ask: ask, approximates: nil)] ?? answers[AskKey(run: key, ask: ask, approximates: approximatesBeyondBudget)] {
            return known
        }
        if let shared = sharedAnswer(ask, model: model, key: key, approximatesBeyondBudget: approximatesBeyondBudget) {
            answers[AskKey(run: key, ask: ask, approximates: nil)] = shared
            return shared
        }
        let fresh = solver.evaluate(ask, model: model, approximatesBeyondBudget: approximatesBeyondBudget)
        answers[AskKey(run: key, ask: ask, approximates: approximatesBeyondBudget)] = fresh
        return fresh
    }

    /// The answer of the shared run of `key` (made first if need be), or nil when it must be
    /// computed afresh: the run fell back to floating point or outgrew the budget (then it is
    /// dropped), or could not be made. Any other failure is the fresh run's too: the same
    /// computation meets it, as the nodes it shares were computed the same way.
    private func sharedAnswer(_ ask: Expr, model: ModelSpec?, key: RunKey, approximatesBeyondBudget: Bool) -> Result<SolvedAnswer, SolverError>? {
        guard let run = runs[key] ?? (try? ModelRun(model: model ?? .empty, budget: solver.rubric.defaults.budget,
                                                    approximatesBeyondBudget: approximatesBeyondBudget)) else { return nil }
        runs[key] = run
        do throws(SolverError) {
            let value = try solver.value(of: ask, on: run)
            if !run.fellBackToFloatingPoint { return .success(value) }
        } catch {
            if error.overBudget == nil && !run.fellBackToFloatingPoint { return .failure(error) }
        }
        runs[key] = nil
        return nil
    }
}
