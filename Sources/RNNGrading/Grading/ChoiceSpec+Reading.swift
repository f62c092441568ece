import RNNRubric

extension ChoiceSpec {
    /// The labels an answer to this part may use: its option ids.
    var labels: ChoiceLabels { ChoiceLabels(ids: options.map(\.id), multiple: multiple) }

    /// Reads an answer to this part: by the options' ids or texts (``optionIDs(in:)``), else in
    /// the label syntax of ``AnswerReader`` (`(b)`, `{a, c}`) with this part's labels, so
    /// `vanish, explode` is two answers to a single choice and `b` is not an option when the
    /// labels are words.
    func read(_ answer: String) -> Result<AnswerValue, AnswerFormatError> {
        if let ids = optionIDs(in: answer) { return .success(.choices(ids.map { $0.lowercased() })) }
        return AnswerReader.read(answer, as: multiple ? .multipleChoice : .choice, labels: labels)
    }
}
