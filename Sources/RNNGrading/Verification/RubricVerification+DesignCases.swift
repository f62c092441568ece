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

    /// One case run through the reference (``ReferenceCaseCheck``).
    private static func caseCheck(_ testCase: (input: [Located<Expr>], output: [Located<Expr>], line: Int), of part: Part,
                                  design: DesignSpec, reference: String, in problem: Problem, file: String,
                                  budget: WorkBudget) -> VerificationCheck {
        VerificationCheck(name: "case on line \(testCase.line) of \(part.id)", file: file, line: testCase.line,
                          failure: ReferenceCaseCheck.disagreement(testCase, of: part.id, design: design, reference: reference,
                                                                   in: problem, file: file, budget: budget))
    }
}
