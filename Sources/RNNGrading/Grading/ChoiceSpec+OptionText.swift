import RNNRubric

extension ChoiceSpec {
    /// The answer with option texts replaced by their labels, so that a student who wrote the
    /// option itself (`O(1)`) rather than its label (`const`) is read as choosing it. Comparison
    /// ignores case and blanks; text that matches no option is returned unchanged.
    func labelling(_ answer: String) -> String {
        func normal(_ text: some StringProtocol) -> String { text.lowercased().filter { !$0.isWhitespace } }
        let byText = Dictionary(options.map { (normal($0.text), $0.id) }, uniquingKeysWith: { first, _ in first })
        if let id = byText[normal(answer)] { return id }
        guard multiple else { return answer }
        let pieces = answer.split(separator: ",")
        let labels = pieces.map { byText[normal($0)] }
        guard pieces.count > 1, labels.allSatisfy({ $0 != nil }) else { return answer }
        return labels.compactMap { $0 }.joined(separator: ", ")
    }
}
