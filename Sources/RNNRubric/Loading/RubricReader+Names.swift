import RNNExpr

extension RubricReader {
    /// Checks every expression's names and calls against the scope it is evaluated in.
    func checkNames(_ rubric: Rubric) {
        for problem in rubric.problems {
            for model in problem.models { checkModelNames(model) }
            for part in problem.parts { checkPartNames(part, in: problem) }
        }
    }

    private func checkModelNames(_ model: ModelSpec) {
        let constants = ExpressionChecker(scope: .constants(of: model))
        let full = NameScope(model: model)
        for param in model.params { check(param.value, with: constants) }
        for state in model.states { check(state.initial, with: constants) }
        for sequence in model.inputs + model.targets { sequence.values.forEach { check($0, with: constants) } }
        for activation in model.activations { check(activation.threshold, with: constants) }
        let equations = ExpressionChecker(scope: full, requiresTimeIndex: true)
        for equation in model.equations {
            for error in equations.errors(in: equation.value) {
                report(error.message, in: equation, range: error.range, note: error.expected)
            }
        }
        for quantity in model.quantities { check(quantity.expression, with: equations) }
        for claim in model.claims {
            check(claim.left, with: ExpressionChecker(scope: full))
            check(claim.right, with: ExpressionChecker(scope: full))
        }
        for requirement in model.requirements { check(requirement.ask, with: ExpressionChecker(scope: full)) }
    }

    private func checkPartNames(_ part: Part, in problem: Problem) {
        if part.modelID == nil, problem.models.count > 1, part.usesModelNames {
            report("problem \(problem.id) has \(problem.models.count) models (\(problem.models.map(\.id).joined(separator: ", "))); say which one part \(part.id) is about with model=\"…\" on its <part>",
                   line: part.line, column: 1, note: nil)
            return
        }
        let scope = part.modelID.flatMap(problem.model).map(NameScope.init(model:)) ?? NameScope()
        let checker = ExpressionChecker(scope: scope)
        switch part.answer {
        case .computed(_, let ask, _), .interval(let ask, _):
            check(ask, with: checker)
        case .formula(let formula):
            check(formula.key, with: ExpressionChecker(scope: NameScope(names: Set(formula.variables))))
        case .design(let design):
            guard let model = problem.model(design.modelID) else { break }
            let constants = ExpressionChecker(scope: NameScope())
            design.alphabet.forEach { check($0, with: constants) }
            for testCase in design.cases { (testCase.input + testCase.output).forEach { check($0, with: constants) } }
            check(design.expectation, with: ExpressionChecker(scope: NameScope(model: model)))
        case .choice, .manual:
            break
        }
        for mistake in part.mistakes {
            if case .formula(let formula) = part.answer {
                check(mistake.ask, with: ExpressionChecker(scope: NameScope(names: Set(formula.variables))))
                continue
            }
            let model = (mistake.modelID ?? part.modelID).flatMap(problem.model)
            check(mistake.ask, with: ExpressionChecker(scope: model.map(NameScope.init(model:)) ?? NameScope()))
        }
    }

    private func check(_ located: Located<Expr>?, with checker: ExpressionChecker) {
        guard let located else { return }
        for error in checker.errors(in: located.value) {
            report(error.message, in: located, range: error.range, note: error.expected)
        }
    }
}

extension Part {
    /// The bare words a function argument may be without naming anything in a model: cell kinds
    /// and conventions (`params(lstm, …, convention=keras)`), booleans, and the norms `inf`, `fro`.
    private static let wordArguments = Set(CellKind.allCases.map(\.rawValue) + CellConvention.allCases.map(\.rawValue)
                                           + ["true", "false", "inf", "fro"])

    /// Whether the part's ask or mistakes name anything (and so need a model to be evaluated on).
    var usesModelNames: Bool {
        var expressions = mistakes.filter { $0.modelID == nil }.map(\.ask.value)
        switch answer {
        case .computed(_, let ask?, _), .interval(let ask?, _): expressions.append(ask.value)
        default: break
        }
        var stack = expressions
        while let next = stack.popLast() {
            if case .name(let name) = next.kind, !Self.wordArguments.contains(name) {
                return true
            }
            if case .index = next.kind { return true }
            stack.append(contentsOf: next.children)
        }
        return false
    }
}
