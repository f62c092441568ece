import RNNMath

/// Splits a numpy data block into tokens the way Python does for the subset rnngrade reads:
/// `#` comments run to the end of the line, a newline inside brackets or after `\` continues the
/// statement, indentation is ignored. Quotes, `@` and other operators are refused with
/// a located error, since nothing outside the subset is ever evaluated.
enum NumpyLexer {
    /// The tokens of `text`, ending with `.end`.
    static func tokens(_ text: String) throws(NumpyDataError) -> [NumpyToken] {
        let characters = Array(text)
        var tokens: [NumpyToken] = []
        var depth = 0
        var i = 0
        while i < characters.count {
            let c = characters[i]
            if c == "#" {
                while i < characters.count, characters[i] != "\n" { i += 1 }
                continue
            }
            if c == "\\", i + 1 < characters.count, characters[i + 1] == "\n" {
                i += 2
                continue
            }
            if c == "\n" || c == ";" {
                if depth == 0, let last = tokens.last, last.kind != .endOfStatement {
                    tokens.append(NumpyToken(kind: .endOfStatement, offset: i))
                }
                i += 1
                continue
            }
            if c.isWhitespace {
                i += 1
                continue
            }
            let start = i
            if c.isLetter || c == "_" {
                while i < characters.count, characters[i].isLetter || characters[i].isNumber || characters[i] == "_" { i += 1 }
                tokens.append(NumpyToken(kind: .name(String(characters[start..<i])), offset: start))
                continue
            }
            if c.isASCIIDigit || (c == "." && i + 1 < characters.count && characters[i + 1].isASCIIDigit) {
                i = numberEnd(characters, from: i)
                tokens.append(NumpyToken(kind: .number(String(characters[start..<i]).replacingUnderscores), offset: start))
                continue
            }
            if "()[],:=+-*/.".contains(c) {
                if c == "*", i + 1 < characters.count, characters[i + 1] == "*" {
                    tokens.append(NumpyToken(kind: .power, offset: i))
                    i += 2
                    continue
                }
                if "([".contains(c) { depth += 1 }
                if ")]".contains(c) { depth = max(0, depth - 1) }
                tokens.append(NumpyToken(kind: .symbol(c), offset: i))
                i += 1
                continue
            }
            if c == "\"" || c == "'" {
                throw NumpyDataError("strings are not in the numpy subset rnngrade reads", at: i, expected: "numbers, names and np.… calls")
            }
            throw NumpyDataError("'\(c)' is not in the numpy subset rnngrade reads", at: i, expected: Self.operators)
        }
        if let last = tokens.last, last.kind != .endOfStatement {
            tokens.append(NumpyToken(kind: .endOfStatement, offset: characters.count))
        }
        tokens.append(NumpyToken(kind: .end, offset: characters.count))
        return tokens
    }

    /// The operators the subset has, for error notes.
    static let operators = "the operators are + - * / (elementwise, broadcasting), ** with an integer exponent, .T, .reshape(…) and [slices]"

    /// The end of the numeric literal starting at `start`: digits, `_`, one `.`, an exponent.
    private static func numberEnd(_ characters: [Character], from start: Int) -> Int {
        var i = start
        func digits() { while i < characters.count, characters[i].isASCIIDigit || characters[i] == "_" { i += 1 } }
        digits()
        if i < characters.count, characters[i] == "." {
            i += 1
            digits()
        }
        if i < characters.count, characters[i] == "e" || characters[i] == "E" {
            var j = i + 1
            if j < characters.count, characters[j] == "+" || characters[j] == "-" { j += 1 }
            if j < characters.count, characters[j].isASCIIDigit {
                i = j
                digits()
            }
        }
        return i
    }
}

extension String {
    /// The literal without Python's digit separators (`1_000` is `1000`).
    var replacingUnderscores: String { filter { $0 != "_" } }
}
