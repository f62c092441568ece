import RNNDesign
import RNNExpr
import RNNMath
import RNNRubric
import RNNSolver

extension RubricVerification {
    /// Each `<case>` of a design part that has a `<reference>` agrees with the reference model:
    /// the reference, run on the case's input, gives the case's output at every step. A case
    /// that disagrees would make every correct network fail it, and score 0.
    static func designCaseChecks(_ rubric: Rubric) -> [VerificationCheck] {
        var checks: [VerificationCheck] = []
        for problem in rubric.problems {
            for part in problem.parts {
                guard case .design(let design) = part.answer, let reference = design.referenceModelID else { continue }
                for testCase in design.cases {
                    checks.append(caseCheck(testCase, of: part, design: design, reference: reference, in: problem, file: rubric.file,
                                                     budget: rubric.defaults.budget))
                }
            }
        }
        return checks
    }

    /// One case run through the reference: the reference model in the student's place (it has
    /// no free parameters), checked against this case alone.
    private static func caseCheck(_ testCase: (input: [Located<Expr>], output: [Located<Expr>], line: Int), of part: Part,
                                  design: DesignSpec, reference: String, in problem: Problem, file: String,
                                  budget: WorkBudget) -> VerificationCheck {
        let input = testCase.input.map(\.text).joined(separator: " ")
        let name = "case on line \(testCase.line) of \(part.id)"
        let place = "part \(part.id): the case input=\"\(input)\""
        func located(_ message: String) -> String { Diagnostic(file: file, line: testCase.line, column: 1, message: message).description }
        var alone = design
        alone.modelID = reference
        alone.free = []
        alone.referenceModelID = nil
        alone.expectation = nil
        alone.cases = [testCase]
        do {
            let verdict = try DesignChecker(part: alone, problem: problem, budget: budget).check(parameters: [:])
            guard let counterexample = verdict.counterexample else { return VerificationCheck(name: name, file: file, line: testCase.line) }
            return VerificationCheck(name: name, file: file, line: testCase.line,
                                     failure: located("\(place) disagrees with the reference \(reference) at step \(counterexample.step): "
                                        + "the case says \(counterexample.expected), the reference gives \(counterexample.received)"))
        } catch {
            return VerificationCheck(name: name, file: file, line: testCase.line,
                                     failure: located("\(place) cannot be run through the reference \(reference): \(error)"))
        }
    }
}
