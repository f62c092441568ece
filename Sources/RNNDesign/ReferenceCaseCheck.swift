import RNNExpr
import RNNMath
import RNNRubric
import RNNSolver

/// Whether a design part's `<case>` agrees with the part's `<reference>` model: the reference,
/// run on the case's input in the student's place (it has no free parameters), must give the
/// case's output at every step. A case that disagrees would fail every correct network, so
/// `verify` fails on it and grading skips it (``contradictions(of:in:file:budget:)``).
package enum ReferenceCaseCheck {
    /// Why the reference contradicts `testCase`, as a sentence located on the case's line of
    /// `file`; nil when the two agree. A case the reference cannot be run on counts as contradicted.
    package static func disagreement(_ testCase: (input: [Located<Expr>], output: [Located<Expr>], line: Int), of partID: String,
                                     design: DesignSpec, reference: String, in problem: Problem, file: String,
                                     budget: WorkBudget) -> String? {
        let input = testCase.input.map(\.text).joined(separator: " ")
        let place = "part \(partID): the case input=\"\(input)\""
        func located(_ message: String) -> String { Diagnostic(file: file, line: testCase.line, column: 1, message: message).description }
        var alone = design
        alone.modelID = reference
        alone.free = []
        alone.referenceModelID = nil
        alone.expectation = nil
        alone.cases = [testCase]
        do {
            let verdict = try DesignChecker(part: alone, problem: problem, budget: budget).check(parameters: [:])
            guard let counterexample = verdict.counterexample else { return nil }
            return located("\(place) disagrees with the reference \(reference) at step \(counterexample.step): "
                           + "the case says \(counterexample.expected), the reference gives \(counterexample.received)")
        } catch {
            return located("\(place) cannot be run through the reference \(reference): \(error)")
        }
    }

    /// `design` without the cases its reference contradicts, and one note per case left out
    /// (for the instructor: students are never blamed for such a case). A part without a
    /// reference keeps all its cases.
    package static func withoutContradictedCases(_ design: DesignSpec, partID: String, in problem: Problem, file: String,
                                                 budget: WorkBudget) -> (design: DesignSpec, notes: [String]) {
        guard let reference = design.referenceModelID else { return (design, []) }
        var kept = design
        kept.cases = []
        var notes: [String] = []
        for testCase in design.cases {
            if let disagreement = disagreement(testCase, of: partID, design: design, reference: reference, in: problem,
                                               file: file, budget: budget) {
                notes.append("\(disagreement); the case is skipped in grading until the rubric fixes it (rnngrade verify names it)")
            } else {
                kept.cases.append(testCase)
            }
        }
        return (kept, notes)
    }
}
