/// A position in an answer's characters, with the small moves every reader needs.
///
/// The text is normalised character for character when the cursor is made (every dash
/// and minus sign becomes `-`, full-width plus becomes `+`, tabs and no-break spaces become
/// spaces), so offsets stay the student's own character offsets.
struct AnswerCursor {
    /// The normalised characters of the answer.
    let characters: [Character]
    /// The 0-based offset of the next character to read.
    var offset: Int = 0

    /// Makes a cursor at the start of `text`.
    init(_ text: String) {
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            // ASCII without CR-LF pairs (most answers): one character per byte, and only a tab
            // needs replacing.
            characters = text.utf8.map { $0 == 0x09 ? " " : Character(Unicode.Scalar($0)) }
        } else {
            characters = text.map(AnswerCursor.normalised)
        }
    }

    /// The next character, or `nil` at the end.
    var current: Character? { peek(0) }

    /// Whether every character has been read.
    var isAtEnd: Bool { offset >= characters.count }

    /// The character `distance` places ahead of the next one, or `nil` past the end.
    func peek(_ distance: Int) -> Character? {
        let index = offset + distance
        return index >= 0 && index < characters.count ? characters[index] : nil
    }

    /// Reads `character` if it is next; says whether it was.
    mutating func consume(_ character: Character) -> Bool {
        guard current == character else { return false }
        offset += 1
        return true
    }

    /// Reads `word` (ASCII letters compared without case) if it is next; says whether it was.
    mutating func consume(word: String) -> Bool {
        let wanted = Array(word.lowercased())
        guard offset + wanted.count <= characters.count else { return false }
        for (index, character) in wanted.enumerated()
        where characters[offset + index].lowercased() != String(character) {
            return false
        }
        offset += wanted.count
        return true
    }

    /// Skips spaces; returns how many were skipped.
    @discardableResult
    mutating func skipSpaces() -> Int {
        let start = offset
        while let character = current, character == " " || character.isWhitespace { offset += 1 }
        return offset - start
    }

    /// Reads a run of ASCII digits and returns it (possibly empty).
    mutating func digits() -> String {
        var run = ""
        while let character = current, character.isASCIIDigit {
            run.append(character)
            offset += 1
        }
        return run
    }

    /// The text from `start` up to the next character, as the student wrote it (normalised).
    func text(from start: Int) -> String {
        String(characters[min(start, offset)..<offset])
    }

    /// The characters from the next one up to (not including) the next space or separator.
    func nextWord() -> String {
        var end = offset
        while end < characters.count, !characters[end].isWhitespace, !",;()[]{}".contains(characters[end]) {
            end += 1
        }
        return String(characters[offset..<end])
    }

    /// Replaces the many ways to write a minus sign, plus sign or space by one each.
    static func normalised(_ character: Character) -> Character {
        switch character {
        case "\u{2212}", "\u{2013}", "\u{2014}", "\u{2012}", "\u{FE63}", "\u{FF0D}", "\u{2010}", "\u{2011}":
            "-"
        case "\u{FF0B}":
            "+"
        case "\t", "\u{00A0}", "\u{202F}", "\u{2009}", "\u{2007}":
            " "
        default:
            character
        }
    }
}

extension Character {
    /// Whether this is one of the ASCII digits 0–9.
    var isASCIIDigit: Bool { asciiValue.map { $0 >= 0x30 && $0 <= 0x39 } ?? false }
}
