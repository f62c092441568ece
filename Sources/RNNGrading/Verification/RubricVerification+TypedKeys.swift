import RNNRubric

extension RubricVerification {
    /// The located failures of the keys the instructor typed into `rubric` (unreadable, or
    /// disagreeing with the solver's value), as `verify` words them. `grade` and `key` refuse
    /// a rubric with any: grading with either value would be a guess.
    package static func typedKeyFailures(_ rubric: Rubric, grader: Grader) -> [String] {
        grader.plans.filter { plan in
            if case .computed(_, _?, _?) = plan.part.answer { plan.keyFailure == nil } else { false }
        }
        .flatMap { keyChecks($0, rubric: rubric) }
        .compactMap(\.failure)
    }
}
