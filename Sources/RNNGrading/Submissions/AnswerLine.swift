/// The start of an answer line, `LABEL = TEXT`, where LABEL is two or three dot-separated
/// names (`1.a`, `5.W_h`, `5.a.W_h`) and TEXT runs to the end of the line.
struct AnswerLine: Equatable {
    let label: String
    /// 1-based character columns of the label and of the text (or of the end of the line).
    let labelColumn: Int
    let textColumn: Int
    /// The rest of the line after `=`, without surrounding blanks.
    let text: String

    /// The answer line in `line`, or `nil` when `line` is not one.
    init?(_ line: String) {
        let characters = Array(line)
        var index = 0
        while index < characters.count, characters[index].isBlank { index += 1 }
        let labelStart = index
        while index < characters.count, characters[index].isLabelCharacter { index += 1 }
        let label = String(characters[labelStart..<index])
        let segments = label.split(separator: ".", omittingEmptySubsequences: false)
        guard (2...3).contains(segments.count), segments.allSatisfy({ !$0.isEmpty }) else { return nil }
        while index < characters.count, characters[index].isBlank { index += 1 }
        guard index < characters.count, characters[index] == "=" else { return nil }
        index += 1
        while index < characters.count, characters[index].isBlank { index += 1 }
        self.label = label
        self.labelColumn = labelStart + 1
        self.textColumn = index + 1
        self.text = String(characters[index...]).trimmingTrailingBlanks()
    }
}

extension Character {
    /// A space or a tab (line ends are never inside a sheet line).
    var isBlank: Bool { self == " " || self == "\t" }

    /// A letter, digit, `_` or `.`: the characters of an answer label.
    var isLabelCharacter: Bool { (isASCII && (isLetter || isNumber)) || self == "_" || self == "." }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs.
    func trimmingBlanks() -> String {
        String(drop(while: \.isBlank)).trimmingTrailingBlanks()
    }

    /// Without trailing spaces and tabs.
    func trimmingTrailingBlanks() -> String {
        var result = String(self)
        while result.last?.isBlank == true { result.removeLast() }
        return result
    }
}
