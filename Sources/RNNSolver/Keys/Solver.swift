import RNNExpr
import RNNMath
import RNNRubric

/// The reference solver: computes the value of any ask of a rubric from the rubric's own data,
/// exactly when every operation is rational, with its working.
///
/// ```swift
/// let solver = Solver(rubric: rubric)
/// let key = try solver.solve(part: rubric.part("1.d")!).get()   // 8, exact, with h[1], h[2] and the terms
/// ```
package struct Solver: Sendable {
    /// The rubric whose asks it solves.
    package let rubric: Rubric

    /// A solver for the asks of `rubric`.
    package init(rubric: Rubric) {
        self.rubric = rubric
    }

    /// The key of a part with an ask (number, vector, matrix, interval, choice).
    package func solve(part: Part, overrides: [String: Matrix] = [:]) -> Result<SolvedAnswer, SolverError> {
        guard let ask = part.answer.ask else { return .failure(SolverError("part \(part.id) has no ask to compute")) }
        return evaluate(ask.value, model: model(of: part), overrides: overrides,
                        approximatesBeyondBudget: mayApproximate(part))
    }

    /// Whether `part`'s key may be approximate (its tolerance is not `exact`), so exact work
    /// beyond the rubric's budget falls back to floating point rather than failing.
    package func mayApproximate(_ part: Part) -> Bool {
        (part.tolerance ?? rubric.defaults.tolerance)?.mode != .exact
    }

    /// The model a rubric-declared mistake of `part` is evaluated on: its own variant model, else the part's.
    package func model(of mistake: MistakeSpec, in part: Part) -> ModelSpec? {
        guard let id = mistake.modelID ?? part.modelID else { return nil }
        return rubric.problem(containing: part.id)?.model(id)
    }

    /// The value of a rubric-declared mistake of `part`.
    package func evaluate(_ mistake: MistakeSpec, of part: Part) -> Result<SolvedAnswer, SolverError> {
        evaluate(mistake.ask.value, model: model(of: mistake, in: part), approximatesBeyondBudget: mayApproximate(part))
    }

    /// The model a part is evaluated on, if any.
    package func model(of part: Part) -> ModelSpec? {
        guard let id = part.modelID else { return nil }
        return rubric.problem(containing: part.id)?.model(id)
    }

    /// The value of `ask` on `model` (or on no model), with `overrides` fixing quantities
    /// (`"yhat[2]"`) and parameters, within the rubric's work budget; with
    /// `approximatesBeyondBudget`, exact work beyond it is done in floating point and the
    /// answer's note says so.
    package func evaluate(_ ask: Expr, model: ModelSpec?, overrides: [String: Matrix] = [:],
                         parameters: [String: Matrix] = [:], approximatesBeyondBudget: Bool = false) -> Result<SolvedAnswer, SolverError> {
        Result { () throws(SolverError) -> SolvedAnswer in
            let run = try ModelRun(model: model ?? .empty, parameters: parameters, overrides: overrides,
                                   budget: rubric.defaults.budget, approximatesBeyondBudget: approximatesBeyondBudget)
            if let special = try topLevelSpecial(ask, run: run) { return special }
            let node = try ExpressionBuilder(run: run, step: nil).build(ask)
            var working = run.computedOrder.map { WorkingLine(label: $0.label, value: run.graph.value($0.node)) }
            if working.isEmpty { working = try GivenWorking(run: run).lines(for: ask) }
            working += run.notes
            working += try GradientTerms(run: run).terms(for: ask)
            return SolvedAnswer(value: .matrix(run.graph.value(node)), working: working, note: run.fallbackNote)
        }
    }

    /// The value of `ask` built on `run`, without working (``SharedUnrollings``).
    func value(of ask: Expr, on run: ModelRun) throws(SolverError) -> SolvedAnswer {
        if let special = try topLevelSpecial(ask, run: run) { return special }
        return SolvedAnswer(value: .matrix(run.graph.value(try ExpressionBuilder(run: run, step: nil).build(ask))))
    }

    /// Asks whose value is not a matrix: complex eigenvalues and verdicts in words.
    private func topLevelSpecial(_ ask: Expr, run: ModelRun) throws(SolverError) -> SolvedAnswer? {
        if case .call("classify_gradients", let arguments) = ask.kind, arguments.count == 2 {
            let builder = ExpressionBuilder(run: run, step: nil)
            let w = run.graph.value(try builder.build(arguments[0].value))
            let gamma = run.graph.value(try builder.build(arguments[1].value))
            guard gamma.isScalar else { throw SolverError("gamma must be a number", range: arguments[1].range) }
            do {
                let verdict = try GradientBounds.classifyGradients(w, gamma: gamma.elements[0])
                return SolvedAnswer(value: .verdict(label: verdict.regime.rawValue, explanation: verdict.explanation),
                                    working: [WorkingLine(label: "γ·σ_max(W)", value: .scalar(verdict.quantity))])
            } catch {
                throw SolverError(error, at: ask.range)
            }
        }
        guard case .call("eigvals", let arguments) = ask.kind, let argument = arguments.first else { return nil }
        let matrix = run.graph.value(try ExpressionBuilder(run: run, step: nil).build(argument.value))
        guard matrix.isSquare else { throw SolverError("eigvals needs a square matrix, not \(matrix.shapeDescription)", range: ask.range) }
        do {
            if matrix.isExact, try matrix.exactEigenvalues() != nil { return nil }
            let values = try matrix.eigenvalues()
            return values.allSatisfy { $0.imaginary == 0 } ? nil : SolvedAnswer(value: .complex(values))
        } catch {
            throw SolverError(error, at: ask.range)
        }
    }
}
