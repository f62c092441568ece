import RNNDesign
import RNNMath
import RNNRubric
import RNNSolver

/// Grading one answer to one part: read it, compare it with the key, then look for a known
/// mistake or follow-through credit when it is not right (in the order of docs/comparison.md).
struct PartGrading {
    let plan: PartPlan
    let grader: Grader
    /// The student's readable answers to earlier parts, and their grades.
    let earlierAnswers: [String: AnswerValue]
    let earlierGrades: [PartGrade]

    var part: Part { plan.part }

    func grade(_ given: GivenAnswer?) -> (PartGrade, AnswerValue?) {
        var grade = PartGrade(partID: part.id, maxPoints: part.points, points: 0, verdict: .unanswered,
                              answer: given?.text, key: plan.keyDisplay)
        guard let given, !given.text.allSatisfy(\.isWhitespace) else {
            if case .manual = part.answer { grade.feedback = ["graded by hand; no answer was given"] }
            return (grade, nil)
        }
        guard let syntax = plan.syntax else {
            grade.verdict = .pending
            grade.feedback = ["graded by hand later"]
            return (grade, nil)
        }
        let assessment = assessment(of: given.text, as: syntax)
        let value: AnswerValue
        switch assessment.reading {
        case .failure(let error):
            grade.verdict = .unreadable
            grade.formatError = error.rendered(line: given.sourceLine, lineNumber: given.line,
                                               answerStart: given.column - 1, file: given.file)
            grade.feedback = [error.message + (error.hint.map { " (\($0))" } ?? "")]
            return (grade, nil)
        case .success(let read):
            value = read
        }
        if case .design = part.answer {
            return (designGrade(grade, value), value)
        }
        guard let score = assessment.score else {
            grade.verdict = .pending
            grade.feedback = ["this part's key could not be computed, so a TA will grade it: \(plan.keyFailure.map(String.init(describing:)) ?? "no key")"]
            return (grade, value)
        }
        grade.feedback = score.feedback
        var fraction = score.fraction
        // The scoring order (docs/comparison.md): a declared mistake sets the credit; a built-in
        // one only adds feedback; then follow-through, then the per-element credit.
        var declared = false
        if !score.isFull {
            if let (mistake, credit) = assessment.mistake {
                grade.mistake = mistake.kind == .rubric ? "\(mistake.ask)" : mistake.kind.rawValue
                declared = mistake.kind == .rubric
                grade.feedback = [mistake.feedback.prefix(1).uppercased() + mistake.feedback.dropFirst()]
                    + (declared || fraction == 0 ? [] : score.feedback)
                if declared { fraction = credit }
            }
            switch declared ? nil : followThrough(value) {
            case .success(let (source, credit))? where credit > fraction:
                grade.followThroughFrom = source
                grade.mistake = nil
                grade.feedback = ["graded using your answer to \(source): with it, your answer here is right"]
                fraction = credit
            case .failure(let error)?:
                grade.verdict = .pending
                grade.feedback = ["could not be graded: with your answer to \(error.source) carried forward, \(error.message); a TA will grade it"]
                return (grade, value)
            default:
                break
            }
        }
        grade.points = fraction * part.points
        grade.verdict = fraction >= 1 ? .correct : (fraction > 0 ? .partial : .wrong)
        return (grade, value)
    }

    /// The assessment of `text`, remembered for the rest of the batch unless the text is long.
    private func assessment(of text: String, as syntax: AnswerSyntax) -> AnswerAssessment {
        guard text.utf8.count <= AnswerAssessment.longestRemembered else { return assess(text, as: syntax) }
        return plan.assessments.value(for: text) { assess(text, as: syntax) }
    }

    /// What the answer text alone decides: how it reads, then (for parts with a key) its score
    /// and the first known mistake it matches when not fully right.
    private func assess(_ text: String, as syntax: AnswerSyntax) -> AnswerAssessment {
        let reading: Result<AnswerValue, AnswerFormatError>
        if case .choice(let choice) = part.answer {
            reading = choice.read(text)
        } else {
            reading = AnswerReader.read(text, as: syntax)
        }
        guard case .success(let value) = reading, let key = plan.key else {
            return AnswerAssessment(reading: reading)
        }
        let score = AnswerComparator.score(value, key: key, tolerance: plan.tolerance, options: plan.options)
        return AnswerAssessment(reading: reading, score: score, mistake: score.isFull ? nil : matchedMistake(value))
    }

    /// The first known mistake the answer matches, with its credit.
    private func matchedMistake(_ value: AnswerValue) -> (MistakeVariant, Double)? {
        for (variant, mistakeValue) in plan.mistakes {
            let score = AnswerComparator.score(value, key: mistakeValue, tolerance: plan.tolerance, options: plan.options)
            if score.isFull { return (variant, variant.credit) }
        }
        return nil
    }

    /// Follow-through: with the student's wrong but readable earlier answer substituted for the
    /// quantity that part asked, is this answer right? A failure when carrying the earlier
    /// answer forward would exceed the rubric's work budget.
    private func followThrough(_ value: AnswerValue) -> Result<(String, Double), FollowThroughExcess>? {
        guard let credit = plan.followThroughCredit, case .computed(_, let ask?, _) = part.answer else { return nil }
        for (source, quantity) in plan.followThroughSources {
            guard let earlier = earlierAnswers[source], let earlierMatrix = PartPlan.matrix(earlier),
                  let earlierGrade = earlierGrades.first(where: { $0.partID == source }),
                  earlierGrade.verdict != .correct else { continue }
            let carried: Matrix
            switch grader.solver.evaluate(ask.value, model: grader.solver.model(of: part), overrides: [quantity: earlierMatrix],
                                          approximatesBeyondBudget: grader.solver.mayApproximate(part)) {
            case .success(let solved):
                guard let matrix = solved.matrix else { continue }
                carried = matrix
            case .failure(let error):
                if error.overBudget != nil { return .failure(FollowThroughExcess(source: source, message: error.message)) }
                continue
            }
            if AnswerComparator.score(value, key: AnswerValue(carried), tolerance: plan.tolerance, options: plan.options).isFull {
                return .success((source, credit))
            }
        }
        return nil
    }

    /// Design parts are graded by what the student's network does.
    private func designGrade(_ grade: PartGrade, _ value: AnswerValue) -> PartGrade {
        var grade = grade
        guard let checker = plan.designChecker, case .weights(let entries) = value else {
            grade.verdict = .pending
            grade.feedback = ["this design part cannot be checked automatically, so a TA will grade it: \(plan.keyFailure.map(String.init(describing:)) ?? "no checker")"]
            return grade
        }
        var parameters: [String: Matrix] = [:]
        for entry in entries { parameters[entry.name] = entry.value }
        let result = plan.designVerdicts.value(for: parameters) {
            Result { () throws(DesignError) in try checker.check(parameters: parameters) }
        }
        switch result {
        case .success(let verdict):
            grade.points = verdict.credit * part.points
            grade.verdict = verdict.passed ? .correct : .wrong
            grade.feedback = [verdict.summary]
        case .failure(.submission(let message)):
            grade.verdict = .unreadable
            grade.feedback = [message]
        case .failure(let error):
            grade.verdict = .pending
            grade.feedback = ["this design part cannot be checked automatically, so a TA will grade it: \(error)"]
        }
        return grade
    }
}
