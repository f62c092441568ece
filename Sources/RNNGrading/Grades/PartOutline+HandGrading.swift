import RNNRubric

extension BatchResult.PartOutline {
    /// Whether the part is graded by hand, from its answer kind (`AnswerSpec.isHandGraded(kindName:)`).
    package var isHandGraded: Bool {
        AnswerSpec.isHandGraded(kindName: kind)
    }
}
