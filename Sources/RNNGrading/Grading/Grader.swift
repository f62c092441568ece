import RNNMath
import RNNRubric
import RNNSolver
import RNNVariants

/// Grades submissions against one rubric. Keys, mistake values and follow-through links are
/// computed once, in `init`; grading a submission only reads and compares its answers, so one
/// `Grader` serves a whole batch from any number of threads.
package struct Grader: Sendable {
    package let rubric: Rubric
    package let key: AnswerKey
    let plans: [PartPlan]
    let solver: Solver

    package init(rubric: Rubric) {
        self.init(rubric: rubric, key: AnswerKey(rubric: rubric, working: false))
    }

    /// The grader of a student's variant, reusing the key and the unrollings its drawing computed.
    package init(variant: RubricVariant, keys: (any AnswerKeyStore)? = nil) {
        let key = variant.key ?? keys.map { $0.key(of: variant.rubric, variant: variant) { AnswerKey(rubric: variant.rubric, working: false) } }
        self.init(rubric: variant.rubric, key: key ?? AnswerKey(rubric: variant.rubric, working: false), unrollings: variant.unrollings)
    }

    /// A grader of `rubric` whose key is already computed (by drawing a variant, or read back
    /// from ``AnswerKeyStore``); its known mistakes are computed on `unrollings` when given.
    package init(rubric: Rubric, key: AnswerKey, unrollings: SharedUnrollings? = nil) {
        self.rubric = rubric
        self.key = key
        solver = Solver(rubric: rubric)
        var plans: [PartPlan] = []
        let mistakes = KnownMistakeTable(solver: solver, unrollings: unrollings)
        for part in rubric.parts {
            plans.append(PartPlan(part: part, rubric: rubric, key: key.entry(part.id), solver: solver, earlier: plans, mistakes: mistakes))
        }
        self.plans = plans
    }

    /// Computes the known mistakes of every part now rather than when first needed.
    func computeKnownMistakes() {
        _ = plans.first?.mistakes
    }

    /// The grade of one student's answers, by qualified part id. Parts without an answer are
    /// unanswered; every part of the rubric gets a grade, in rubric order, released as the
    /// student sees it (`StudentView.released`: the key only where the rubric reveals it).
    /// The warnings end with the rubric's own notes (design cases its reference contradicts,
    /// skipped for everyone).
    package func grade(studentID: String, file: String, answers: [String: GivenAnswer], warnings: [String] = []) -> SubmissionGrade {
        var read: [String: AnswerValue] = [:]
        var grades: [PartGrade] = []
        for plan in plans {
            let given = answers[plan.part.id]
            let (grade, value) = PartGrading(plan: plan, grader: self, earlierAnswers: read, earlierGrades: grades).grade(given)
            if let value { read[plan.part.id] = value }
            grades.append(StudentView(grade: grade, part: plan.part, defaults: rubric.defaults).released)
        }
        return SubmissionGrade(studentID: studentID, file: file, assignmentID: rubric.id, parts: grades,
                               warnings: warnings + plans.flatMap(\.rubricNotes))
    }

    /// The grade of a submission that could not be read at all: every part unanswered, the
    /// error kept so reports can flag it.
    package func unreadable(studentID: String, file: String, error: String) -> SubmissionGrade {
        SubmissionGrade(studentID: studentID, file: file, assignmentID: rubric.id,
                        parts: plans.map { PartGrade(partID: $0.part.id, maxPoints: $0.part.points, points: 0, verdict: .unanswered) },
                        loadError: error)
    }

    /// The outline reports use.
    package var outline: [BatchResult.PartOutline] {
        rubric.parts.map {
            BatchResult.PartOutline(id: $0.id, title: $0.prompt ?? $0.id, maxPoints: $0.points, kind: $0.answer.kindName,
                                    precision: $0.precisionRequirement(defaults: rubric.defaults,
                                                                       keyIsExact: key.entry($0.id)?.solved?.isExact ?? true))
        }
    }
}
