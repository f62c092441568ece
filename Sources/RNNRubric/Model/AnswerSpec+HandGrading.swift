extension AnswerSpec {
    /// Whether a TA grades answers of this kind by hand (`manual` parts) instead of the grader.
    /// Hand-graded parts never count toward the auto-graded total.
    package var isHandGraded: Bool {
        if case .manual = self { true } else { false }
    }

    /// Whether the kind named `kindName` (as `kindName` spells it, for example in a report's
    /// outline) is graded by hand: `isHandGraded(kindName: "manual")` is true.
    package static func isHandGraded(kindName: String) -> Bool {
        kindName == AnswerSpec.manual(criteria: "").kindName
    }
}
