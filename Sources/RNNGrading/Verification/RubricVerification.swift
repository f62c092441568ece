import RNNExpr
import RNNMath
import RNNRubric
import RNNSolver

/// The instructor's CI gate for one loaded rubric: every key the solver must compute, every key
/// the instructor typed against the solver's, every claim, every design case against its
/// part's reference, every self-test sample, and lint.
package enum RubricVerification {
    /// How far a self-test's score may be from the one it states: scores are written with two
    /// decimals (2/3 of a point is `0.67`).
    package static let selfTestTolerance = 0.005

    /// All checks of `rubric`, in rubric order; `grader` is the rubric's grader when the caller
    /// has built it already (building one computes the whole key).
    package static func checks(_ rubric: Rubric, grader: Grader? = nil) -> [VerificationCheck] {
        let grader = grader ?? Grader(rubric: rubric)
        var checks: [VerificationCheck] = []
        for plan in grader.plans { checks += keyChecks(plan, rubric: rubric) + mistakeChecks(plan, rubric: rubric, solver: grader.solver) }
        checks += claimChecks(rubric, solver: grader.solver)
        checks += designCaseChecks(rubric)
        checks += rubric.selfTests.map { selfTestCheck($0, grader: grader) }
        checks += RubricLint.findings(rubric, key: grader.key).map { finding in
            VerificationCheck(name: "lint: \(finding.subject)", file: rubric.file, line: finding.diagnostic.line,
                              failure: finding.isWarning ? nil : finding.diagnostic.description,
                              warning: finding.isWarning ? finding.diagnostic.description : nil)
        }
        return checks
    }

    /// The computed key exists; an instructor-typed key reads and agrees with it.
    static func keyChecks(_ plan: PartPlan, rubric: Rubric) -> [VerificationCheck] {
        let part = plan.part
        var checks: [VerificationCheck] = []
        if let failure = plan.keyFailure {
            return [VerificationCheck(name: "key of \(part.id)", file: rubric.file, line: part.line, failure: failure.description)]
        }
        guard case .computed(_, let ask?, let typed?) = part.answer, let computed = plan.key, let syntax = plan.syntax else {
            if plan.key != nil { checks.append(VerificationCheck(name: "key of \(part.id)", file: rubric.file, line: part.line)) }
            return checks
        }
        switch AnswerReader.read(typed, as: syntax) {
        case .failure(let error):
            checks.append(VerificationCheck(name: "key of \(part.id)", file: rubric.file, line: part.line,
                                            failure: rubric.diagnostic("the key '\(typed)' cannot be read: \(error.message)", line: part.line).description))
        case .success(let value):
            let score = AnswerComparator.score(value, key: computed, tolerance: plan.tolerance, options: plan.options)
            checks.append(VerificationCheck(
                name: "key of \(part.id)", file: rubric.file, line: part.line,
                failure: score.isFull ? nil
                    : rubric.diagnostic("part \(part.id): the rubric's key \(typed) disagrees with \(ask.text) = \(plan.keyDisplay ?? "?") computed from the rubric's data", line: part.line).description))
        }
        return checks
    }

    /// Each rubric-declared mistake of a computed part can be computed, has the key's shape, and
    /// differs from the key (else it could never be told apart from a right answer).
    static func mistakeChecks(_ plan: PartPlan, rubric: Rubric, solver: Solver) -> [VerificationCheck] {
        guard case .computed = plan.part.answer, let key = plan.key.flatMap(PartPlan.matrix) else { return [] }
        return plan.part.mistakes.map { mistake in
            let name = "mistake \(mistake.ask.text) of \(plan.part.id)"
            switch solver.evaluate(mistake, of: plan.part) {
            case .failure(let error):
                return VerificationCheck(name: name, file: rubric.file, line: mistake.ask.line, failure: error.diagnostic(in: mistake.ask, file: rubric.file).description)
            case .success(let solved):
                guard let value = solved.matrix else {
                    return VerificationCheck(name: name, file: rubric.file, line: mistake.ask.line, failure: rubric.diagnostic("the mistake's value is not a number or matrix", line: mistake.ask.line, column: mistake.ask.column).description)
                }
                if value.count != key.count {
                    return VerificationCheck(name: name, file: rubric.file, line: mistake.ask.line,
                                             failure: rubric.diagnostic("the mistake's value is \(value.shapeDescription) but the key is \(key.shapeDescription); no answer of the right shape can match it", line: mistake.ask.line, column: mistake.ask.column).description)
                }
                let same = AnswerComparator.score(.matrix(value), key: .matrix(key), tolerance: plan.tolerance,
                                                  options: .init(partialCredit: false)).isFull
                return VerificationCheck(name: name, file: rubric.file, line: mistake.ask.line,
                                         failure: same ? rubric.diagnostic("the mistake's value equals the key (\(ValueFormatting.matrix(value))), so it can never be told apart from a right answer", line: mistake.ask.line, column: mistake.ask.column).description : nil)
            }
        }
    }

    /// Each claim's two sides agree (or, for an acknowledged misprint, disagree as stated).
    static func claimChecks(_ rubric: Rubric, solver: Solver) -> [VerificationCheck] {
        var checks: [VerificationCheck] = []
        for problem in rubric.problems {
            for model in problem.models {
                for claim in model.claims {
                    let name = "claim on line \(claim.line) (\(claim.left.text) = \(claim.right.text))"
                    let sides = [claim.left, claim.right].map { solver.evaluate($0.value, model: model) }
                    guard case .success(let left) = sides[0], case .success(let right) = sides[1],
                          let l = left.matrix, let r = right.matrix else {
                        let reasons = zip(sides, [claim.left, claim.right]).compactMap { side, located -> String? in
                            if case .failure(let error) = side { error.diagnostic(in: located, file: rubric.file).description } else { nil }
                        }
                        checks.append(VerificationCheck(name: name, file: rubric.file, line: claim.line,
                                                        failure: rubric.diagnostic("the claim cannot be checked: " + (reasons.isEmpty ? "a side is not a number or matrix" : reasons.joined(separator: "; ")), line: claim.line).description))
                        continue
                    }
                    let agree = AnswerComparator.score(.matrix(l), key: .matrix(r), tolerance: .standard,
                                                       options: .init(partialCredit: false)).isFull
                    let detail = "\(claim.left.text) = \(ValueFormatting.matrix(l)) but \(claim.right.text) = \(ValueFormatting.matrix(r))"
                    switch (agree, claim.expectedToHold) {
                    case (true, true):
                        checks.append(VerificationCheck(name: name, file: rubric.file, line: claim.line))
                    case (false, true):
                        checks.append(VerificationCheck(name: name, file: rubric.file, line: claim.line, failure: rubric.diagnostic("\(claim.statement) does not hold: \(detail)", line: claim.line).description))
                    case (false, false):
                        checks.append(VerificationCheck(name: name, file: rubric.file, line: claim.line, note: rubric.diagnostic("known misprint, as the rubric says: \(detail)", line: claim.line).description))
                    case (true, false):
                        checks.append(VerificationCheck(name: name, file: rubric.file, line: claim.line,
                                                        failure: rubric.diagnostic("the claim is marked holds=\"false\", but it holds; remove the mark", line: claim.line).description))
                    }
                }
            }
        }
        return checks
    }

    /// A self-test sample scores exactly what the rubric says.
    private static func selfTestCheck(_ sample: SelfTestSample, grader: Grader) -> VerificationCheck {
        var answers: [String: GivenAnswer] = [:]
        for answer in sample.answers {
            answers[answer.part] = GivenAnswer(text: answer.text, file: grader.rubric.file, line: answer.line, column: 1,
                                               sourceLine: answer.text)
        }
        let grade = grader.grade(studentID: sample.id, file: grader.rubric.file, answers: answers)
        let name = "self-test \(sample.id)"
        guard abs(grade.total - sample.expectedScore) > selfTestTolerance else { return VerificationCheck(name: name, file: grader.rubric.file, line: sample.line) }
        let detail = grade.parts.filter { $0.verdict != .unanswered }
            .map { "\($0.partID): \(DecimalText.string($0.points, maxFractionDigits: 2))/\(DecimalText.string($0.maxPoints, maxFractionDigits: 2)) \($0.verdict.rawValue)" }
            .joined(separator: ", ")
        return VerificationCheck(name: name, file: grader.rubric.file, line: sample.line,
                                 failure: grader.rubric.diagnostic(
                                    "self-test '\(sample.id)' should score \(DecimalText.string(sample.expectedScore, maxFractionDigits: 2)) but scores \(DecimalText.string(grade.total, maxFractionDigits: 2)) (\(detail))", line: sample.line).description)
    }
}
