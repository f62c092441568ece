import RNNRubric

extension ChoiceSpec {
    /// The options an answer names, when every piece of it (split at commas; also at blanks
    /// for multiple choice) names one: by id (`const`), by the option's text (`O(1)`), or by
    /// a fragment of at least three letters found in exactly one option's text (`forget gate`
    /// in "the forget gate"). Case and blanks are ignored. Nil when some piece names none, so
    /// the label syntax of ``AnswerReader`` (`(b)`, `{a, c}`) is tried instead.
    func optionIDs(in answer: String) -> [String]? {
        func normal(_ text: some StringProtocol) -> String { text.lowercased().filter { $0.isLetter || $0.isNumber || "()".contains($0) } }
        func resolve(_ piece: some StringProtocol) -> String? {
            let wanted = normal(piece)
            guard !wanted.isEmpty else { return nil }
            if let option = options.first(where: { normal($0.id) == wanted || normal($0.text) == wanted }) { return option.id }
            guard wanted.count >= 3 else { return nil }
            let containing = options.filter { normal($0.text).contains(wanted) }
            return containing.count == 1 ? containing[0].id : nil
        }
        if let whole = resolve(answer) { return [whole] }
        guard multiple else { return nil }
        var pieces = answer.split(separator: ",")
        if pieces.count == 1 { pieces = answer.split(whereSeparator: \.isWhitespace) }
        let ids = pieces.map { resolve($0) }
        guard pieces.count > 1, ids.allSatisfy({ $0 != nil }) else { return nil }
        return Array(Set(ids.compactMap { $0 })).sorted()
    }
}
