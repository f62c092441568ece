import RNNExpr
import RNNRubric
import RNNSolver

/// Rubric mistakes that the schema and the solver accept but an instructor would want to know:
/// problems whose parts do not add up to the points announced, parameters never used, and
/// tolerances tighter than the data can support fail; a part with no points (an ungraded
/// practice part, or a slip) and design parts no self-test answers only warn.
package enum RubricLint {
    /// One finding: what it is about, where, the located message, and whether it only warns.
    package struct Finding: Sendable, Hashable {
        /// What it is about: `points of 1.a`, `parameter W of model m`.
        package var subject: String
        /// The finding, located in the rubric.
        package var diagnostic: Diagnostic
        /// Whether the finding only warns: the rubric works as written, but may not say what was meant.
        package var isWarning = false
    }

    /// The findings for `rubric`; `key` tells which keys are exact (a zero tolerance suits those).
    package static func findings(_ rubric: Rubric, key: AnswerKey) -> [Finding] {
        var findings: [Finding] = []
        for problem in rubric.problems {
            let sum = problem.parts.reduce(0) { $0 + $1.points }
            if let announced = problem.announcedPoints, abs(announced - sum) > 1e-9 {
                findings.append(Finding(subject: "points of problem \(problem.id)",
                                        diagnostic: rubric.diagnostic("problem \(problem.id) announces \(announced) points but its parts add up to \(sum)", line: problem.line)))
            }
            for part in problem.parts where part.points == 0 {
                findings.append(Finding(subject: "points of \(part.id)",
                                        diagnostic: rubric.diagnostic("part \(part.id) is worth no points, so it is graded for feedback only; give it points if it should count", line: part.line),
                                        isWarning: true))
            }
            for part in problem.parts {
                if let tolerance = part.tolerance ?? rubric.defaults.tolerance, tolerance.mode == .relative,
                   let rel = tolerance.relative?.doubleValue, rel < 1e-12, (tolerance.absolute?.doubleValue ?? 0) < 1e-12, key.entry(part.id)?.solved?.isExact == false {
                    findings.append(Finding(subject: "tolerance of \(part.id)",
                                            diagnostic: rubric.diagnostic("part \(part.id)'s tolerance rel=\(rel) is tighter than the precision of its approximate key (about 1e-15); use rel ≥ 1e-9 or mode=\"exact\" for exact data", line: part.line)))
                }
            }
            for model in problem.models {
                for name in unusedParameters(model, in: problem) {
                    findings.append(Finding(subject: "parameter \(name) of model \(model.id)",
                                            diagnostic: rubric.diagnostic("parameter '\(name)' of model '\(model.id)' is never used",
                                                                          line: model.params.first { $0.name == name }?.line ?? model.line)))
                }
            }
        }
        if let finding = untestedDesigns(rubric) { findings.append(finding) }
        return findings
    }

    /// A warning when design parts are answered by no self-test sample: only a sample with a
    /// working design shows that the checker accepts one (a misspelt reference or case would
    /// otherwise fail every student).
    static func untestedDesigns(_ rubric: Rubric) -> Finding? {
        let answered = Set(rubric.selfTests.flatMap { $0.answers.map(\.part) })
        let untested = rubric.problems.flatMap(\.parts).filter { $0.answer.isDesign && !answered.contains($0.id) }
        guard let first = untested.first else { return nil }
        let parts = untested.count == 1 ? "design part \(first.id) is" : "design parts \(untested.map(\.id).joined(separator: ", ")) are"
        return Finding(subject: "self-test of design parts",
                       diagnostic: rubric.diagnostic("\(parts) answered by no self-test sample; add a <sample> with a working design to <self-test>, so verify shows the checker accepts it", line: first.line),
                       isWarning: true)
    }

    /// Parameters (not from `<data>`) no equation, quantity, claim, initial state or ask of the problem mentions.
    static func unusedParameters(_ model: ModelSpec, in problem: Problem) -> [String] {
        var used: Set<String> = []
        var expressions: [Expr] = model.equations.map(\.value.right) + model.quantities.map(\.expression.value)
        expressions += model.claims.flatMap { [$0.left.value, $0.right.value] }
        expressions += model.states.map(\.initial.value) + model.params.compactMap(\.value?.value)
        for part in problem.parts where part.modelID == model.id || part.mistakes.contains(where: { $0.modelID == model.id }) {
            if let ask = part.answer.ask { expressions.append(ask.value) }
            expressions += part.mistakes.map(\.ask.value)
        }
        for expression in expressions { collectNames(expression, into: &used) }
        if let cell = model.cell {
            // A preset cell's equations use every parameter of its convention.
            used.formUnion(CellCatalog.parameterShapes(cell).map(\.shape.name))
        }
        // A <data> block's names are the test cell's own (sizes such as N, D): not reported.
        return model.params.filter { !$0.free && $0.data == nil && !used.contains($0.name) }.map(\.name)
    }

    private static func collectNames(_ expression: Expr, into names: inout Set<String>) {
        var stack = [expression]
        while let next = stack.popLast() {
            if case .name(let name) = next.kind { names.insert(name) }
            stack.append(contentsOf: next.children)
        }
    }
}
