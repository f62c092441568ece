/// The start of an answer line, `LABEL = TEXT`, where LABEL is two or three dot-separated
/// names (`1.a`, `5.W_h`, `5.a.W_h`) and TEXT runs to the end of the line; or, at the very
/// start of a line, one of the loose forms students write (`1.b: TEXT`, `(3.c) = TEXT`,
/// `1.b) TEXT`, see ``init(looseForm:)``), which are read with a warning.
struct AnswerLine: Equatable {
    let label: String
    /// The label as written when the line uses a loose form (`1.b:`, `(3.c)`, `1.b)`); nil for `LABEL =`.
    var looseForm: String?
    /// 1-based character columns of the label and of the text (or of the end of the line).
    let labelColumn: Int
    let textColumn: Int
    /// The rest of the line after `=`, without surrounding blanks.
    let text: String

    /// The answer line in `line`, or `nil` when `line` is not one.
    init?(_ line: String) {
        // The label, blanks and `=` are ASCII, so a byte scan finds them; the characters view
        // (slow on long lines) is needed only when the text starts with a non-ASCII byte, which
        // a combining mark could join to the blank before it.
        let bytes = line.utf8
        var index = bytes.startIndex
        var offset = 0
        func skip(_ accept: (UInt8) -> Bool) {
            while index < bytes.endIndex, accept(bytes[index]) { index = bytes.index(after: index); offset += 1 }
        }
        skip { $0 == 0x20 || $0 == 0x09 }
        let labelStart = offset
        let labelIndex = index
        skip { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x5F || $0 == 0x2E }
        let label = String(line[labelIndex..<index])
        let labelEnd = index
        skip { $0 == 0x20 || $0 == 0x09 }
        guard index < bytes.endIndex, bytes[index] == 0x3D, labelEnd > labelIndex else {
            guard let loose = AnswerLine(looseForm: line) else { return nil }
            self = loose
            return
        }
        index = bytes.index(after: index); offset += 1
        skip { $0 == 0x20 || $0 == 0x09 }
        if index < bytes.endIndex, bytes[index] >= 0x80 {
            guard let slow = AnswerLine(characters: line) else { return nil }
            self = slow
            return
        }
        guard Self.isLabel(label) else { return nil }
        self.init(label: label, labelColumn: labelStart + 1, textColumn: offset + 1,
                  text: String(line[index...]).trimmingTrailingBlanks())
    }

    private init(label: String, labelColumn: Int, textColumn: Int, text: String, looseForm: String? = nil) {
        self.label = label
        self.looseForm = looseForm
        self.labelColumn = labelColumn
        self.textColumn = textColumn
        self.text = text
    }

    /// The same, reading `line` character by character.
    private init?(characters line: String) {
        let characters = Array(line)
        var index = 0
        while index < characters.count, characters[index].isBlank { index += 1 }
        let labelStart = index
        while index < characters.count, characters[index].isLabelCharacter { index += 1 }
        let label = String(characters[labelStart..<index])
        guard Self.isLabel(label) else { return nil }
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

extension AnswerLine {
    /// A line that starts (in column 1) with a label in one of the loose forms: `1.b: TEXT`,
    /// `(3.c) TEXT`, `1.b) TEXT`, where an `=` or `:` may follow the closing parenthesis; or a
    /// problem number and part letter split by a space, comma or dash (`1 a = TEXT`, `1-a: TEXT`),
    /// read as `1a` (which `PartDirectory.loosePart` maps to `1.a`).
    /// Indented lines never match, so an indented continuation such as `(0.5) is …` stays part
    /// of the answer above it. Scans bytes and gives up at the first byte that cannot fit, as
    /// it runs on every line that is not `LABEL = TEXT`.
    private init?(looseForm line: String) {
        let bytes = line.utf8
        var index = bytes.startIndex
        var offset = 0
        func skip(_ accept: (UInt8) -> Bool) {
            while index < bytes.endIndex, accept(bytes[index]) { index = bytes.index(after: index); offset += 1 }
        }
        func take(_ byte: UInt8) -> Bool {
            guard index < bytes.endIndex, bytes[index] == byte else { return false }
            index = bytes.index(after: index); offset += 1
            return true
        }
        let isBlank: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 }
        let opened = take(UInt8(ascii: "("))
        let labelIndex = index
        let labelColumn = offset + 1
        skip { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x5F || $0 == 0x2E }
        var label = String(line[labelIndex..<index])
        // `1 a`, `1-a`, `1,a`: a problem number and a part letter split by one character.
        var split: String?
        if !opened, let separator = index < bytes.endIndex ? bytes[index] : nil, [0x20, 0x2C, 0x2D].contains(separator),
           !label.isEmpty, label.drop(while: { $0 == "Q" || $0 == "q" }).allSatisfy({ $0.isASCII && $0.isNumber }) {
            _ = take(separator)
            let lettersIndex = index
            skip { ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) }
            guard index > lettersIndex else { return nil }
            split = String(line[labelIndex..<index])
            label += String(line[lettersIndex..<index])
        }
        guard !label.isEmpty, Self.isLabel(label) else { return nil }
        skip(isBlank)
        let written: String
        if let split {
            guard take(UInt8(ascii: "=")) || take(UInt8(ascii: ":")) || take(UInt8(ascii: ")")) else { return nil }
            written = split
        } else if take(UInt8(ascii: ")")) {
            written = opened ? "(\(label))" : "\(label))"
            skip(isBlank)
            if !take(UInt8(ascii: "=")) { _ = take(UInt8(ascii: ":")) }
        } else if !opened, take(UInt8(ascii: ":")) {
            written = "\(label):"
            _ = take(UInt8(ascii: "="))
        } else {
            return nil
        }
        skip(isBlank)
        self.init(label: label, labelColumn: labelColumn, textColumn: offset + 1,
                  text: String(line[index...]).trimmingTrailingBlanks(), looseForm: written)
    }

    /// Whether `label` can start an answer line: two or three non-empty dot-separated segments
    /// (`1.a`, `5.W_h`, `5.a.W_h`), or a part id written without its dot, maybe after a `Q`
    /// (`1a`, `Q1a`), which `PartDirectory.loosePart` then maps with a warning.
    static func isLabel(_ label: String) -> Bool {
        let segments = label.split(separator: ".", omittingEmptySubsequences: false)
        if (2...3).contains(segments.count), segments.allSatisfy({ !$0.isEmpty }) { return true }
        var rest = Substring(label)
        if rest.first == "Q" || rest.first == "q" { rest = rest.dropFirst() }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        let letters = rest.dropFirst(digits.count)
        return !digits.isEmpty && !letters.isEmpty && letters.allSatisfy { $0.isASCII && $0.isLetter }
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
