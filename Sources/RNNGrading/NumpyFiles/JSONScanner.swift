/// A JSON document read value by value with the line and column of each value, so answers
/// given in JSON are located in their file like answers in a sheet.
///
/// Objects are read into their members; every other value is kept as the text it is written
/// as (`0.25`, `[[1.0, 2.0], [3.0, 4.0]]`, `NaN`, `-Infinity`, as Python's `json` writes them),
/// except strings, which are decoded. Lists are skipped over without recursion, so deep nesting
/// costs nothing. Nothing is evaluated.
struct JSONScanner {
    /// One value and where it starts.
    struct Located {
        enum Value {
            /// A decoded string.
            case string(String)
            /// A number, a list, `true`/`false`, `NaN`/`Infinity`: the text as written.
            case raw(String)
            /// `null`.
            case null
            /// An object's members in order, each with the line and column of its key.
            case object([(key: String, line: Int, column: Int, value: Located)])
        }

        let value: Value
        let line: Int
        let column: Int
    }

    /// Why the document is not JSON, and where.
    struct Failure: Error {
        let message: String
        let line: Int
        let column: Int
    }

    private let characters: [Character]
    private var offset = 0
    private var line = 1
    private var column = 1

    /// A scanner at the start of `text`.
    init(_ text: String) {
        characters = Array(text)
    }

    /// Reads the whole document: one value, then only white space.
    mutating func document() throws(Failure) -> Located {
        let value = try self.value()
        skipSpaces()
        guard offset == characters.count else { throw failure("unexpected ‘\(characters[offset])’ after the end of the JSON document") }
        return value
    }

    /// Reads one value; objects are read into members only `objectDepth` levels deep (deeper
    /// ones are skipped over as text).
    mutating func value(objectDepth: Int = 2) throws(Failure) -> Located {
        skipSpaces()
        let (startLine, startColumn) = (line, column)
        guard let first = current else { throw failure("the JSON document ends where a value should be") }
        let value: Located.Value
        switch first {
        case "{" where objectDepth > 0: value = .object(try members(objectDepth: objectDepth))
        case "\"": value = .string(try string())
        case "[", "{": value = .raw(try bracketed())
        case "]", "}", ",", ":": throw failure("expected a value, found ‘\(first)’")
        default:
            let token = word()
            value = token == "null" ? .null : .raw(token)
        }
        return Located(value: value, line: startLine, column: startColumn)
    }

    /// `{ "key": value, … }` from its `{`.
    private mutating func members(objectDepth: Int) throws(Failure) -> [(key: String, line: Int, column: Int, value: Located)] {
        advance()
        var members: [(key: String, line: Int, column: Int, value: Located)] = []
        skipSpaces()
        if current == "}" {
            advance()
            return members
        }
        while true {
            skipSpaces()
            let (keyLine, keyColumn) = (line, column)
            guard current == "\"" else { throw failure("expected a key in double quotes, e.g. \"1.a\"") }
            let key = try string()
            skipSpaces()
            guard current == ":" else { throw failure("expected ‘:’ after the key \"\(key)\"") }
            advance()
            members.append((key, keyLine, keyColumn, try value(objectDepth: objectDepth - 1)))
            skipSpaces()
            switch current {
            case ",": advance()
            case "}":
                advance()
                return members
            default: throw failure("expected ‘,’ or ‘}’ after the value of \"\(key)\"")
            }
        }
    }

    /// A string from its opening quote, with JSON's escapes decoded.
    private mutating func string() throws(Failure) -> String {
        advance()
        var text = ""
        while let character = current {
            guard character != "\n" else { throw failure("a string is not closed on its line; add ‘\"’") }
            advance()
            switch character {
            case "\"": return text
            case "\\":
                guard let escaped = current else { break }
                advance()
                switch escaped {
                case "n": text.append("\n")
                case "t": text.append("\t")
                case "r": text.append("\r")
                case "b": text.append("\u{08}")
                case "f": text.append("\u{0C}")
                case "u": text.unicodeScalars.append(try unicodeEscape())
                default: text.append(escaped)
                }
            default: text.append(character)
            }
        }
        throw failure("a string is not closed; add ‘\"’")
    }

    /// The scalar of `\uXXXX` (after the `u`), joining a surrogate pair; a surrogate without its
    /// other half is U+FFFD (and an escape after it is read on its own).
    private mutating func unicodeEscape() throws(Failure) -> Unicode.Scalar {
        func hex(at start: Int) -> UInt32? {
            guard start + 4 <= characters.count else { return nil }
            return UInt32(String(characters[start..<start + 4]), radix: 16)
        }
        guard var code = hex(at: offset) else { throw failure("expected four hexadecimal digits after \\u") }
        for _ in 0..<4 { advance() }
        if (0xD800..<0xDC00).contains(code), current == "\\", offset + 1 < characters.count, characters[offset + 1] == "u",
           let low = hex(at: offset + 2), (0xDC00..<0xE000).contains(low) {
            for _ in 0..<6 { advance() }
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        }
        return Unicode.Scalar(code) ?? "\u{FFFD}"
    }

    /// A list or object taken whole as text, from its opening bracket to the matching one.
    private mutating func bracketed() throws(Failure) -> String {
        let start = offset
        let (openLine, openColumn) = (line, column)
        var closers: [Character] = []
        var inString = false
        while let character = current {
            if inString {
                advance()
                if character == "\\" { advance() } else if character == "\"" { inString = false }
                continue
            }
            switch character {
            case "\"": inString = true
            case "[": closers.append("]")
            case "{": closers.append("}")
            case "]", "}":
                guard closers.last == character else { throw failure("expected ‘\(closers.last ?? "]")’, found ‘\(character)’") }
                closers.removeLast()
            default: break
            }
            advance()
            if closers.isEmpty { return String(characters[start..<offset]) }
        }
        throw Failure(message: "this ‘\(characters[start])’ is never closed", line: openLine, column: openColumn)
    }

    /// A number or a word (`true`, `null`, `NaN`, `-Infinity`): up to white space or punctuation.
    private mutating func word() -> String {
        let start = offset
        while let character = current, !character.isWhitespace, !",:]}[{\"".contains(character) { advance() }
        return String(characters[start..<offset])
    }

    private var current: Character? { offset < characters.count ? characters[offset] : nil }

    private mutating func advance() {
        guard offset < characters.count else { return }
        if characters[offset] == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        offset += 1
    }

    private mutating func skipSpaces() {
        while let character = current, character.isWhitespace { advance() }
    }

    private func failure(_ message: String) -> Failure {
        Failure(message: message, line: line, column: column)
    }
}
