import RNNRubric

extension BatchResult.PartOutline {
    /// Whether the part is graded by hand, from its answer kind (`AnswerSpec.isHandGraded(kindName:)`).
    public var isHandGraded: Bool {
        AnswerSpec.isHandGraded(kindName: kind)
    }
}
