import RNNRubric

extension RubricVerification {
    /// The located failures of the keys the instructor typed into `rubric` (unreadable, or
    /// disagreeing with the solver's value), as `verify` words them. `grade` and `key` refuse
    /// a rubric with any: grading with either value would be a guess.
    package static func typedKeyFailures(_ rubric: Rubric, grader: Grader) -> [String] {
        grader.plans.filter { hasTypedKey($0.part) && $0.keyFailure == nil }
            .flatMap { keyChecks($0, rubric: rubric) }
            .compactMap(\.failure)
    }

    /// Whether some part of `rubric` has a typed key to check: without one,
    /// ``typedKeyFailures(_:grader:)`` is empty and its grader need not be built.
    package static func hasTypedKeys(_ rubric: Rubric) -> Bool {
        rubric.parts.contains(where: hasTypedKey)
    }

    /// Whether `part` states a key beside the ask the solver computes it from.
    private static func hasTypedKey(_ part: Part) -> Bool {
        if case .computed(_, _?, _?) = part.answer { true } else { false }
    }
}
