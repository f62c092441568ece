/// Splits expression source text into tokens with `Character` offsets.
///
/// Numbers keep their literal text (`2.5E+3` stays `"2.5E+3"`) so the solver can read them
/// exactly. Names are letters (Greek included), ASCII digits and `_`, not starting with a digit;
/// a prime is never part of a name (`v'` is `v` transposed). Unicode spellings of operators
/// (`−`, `×`, `·`, `⊙`, …) become the same token kinds as their ASCII spellings.
struct Lexer {
    private let characters: [Character]
    /// The source's bytes when each of its characters is one ASCII byte (ASCII without a
    /// carriage return, which with a line feed is one character of two bytes), so that character
    /// offsets are byte offsets and a token's text is a slice of them.
    private let asciiBytes: [UInt8]?
    private var position = 0
    private var sawWhitespace = false

    /// The tokens of `source`, ending with one `.end` token.
    static func tokens(in source: String) throws(ExpressionError) -> [Token] {
        var lexer = Lexer(source)
        var tokens: [Token] = []
        while true {
            let token = try lexer.next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    private init(_ source: String) {
        let bytes = Array(source.utf8)
        if bytes.allSatisfy({ $0 < 128 && $0 != UInt8(ascii: "\r") }) {
            asciiBytes = bytes
            characters = bytes.map { Character(Unicode.Scalar($0)) }
        } else {
            asciiBytes = nil
            characters = Array(source)
        }
    }

    private func character(at offset: Int) -> Character? {
        offset < characters.count ? characters[offset] : nil
    }

    private mutating func next() throws(ExpressionError) -> Token {
        sawWhitespace = false
        while let c = character(at: position), c.isBlank {
            sawWhitespace = true
            position += 1
        }
        let start = position
        guard let c = character(at: position) else { return token(.end, from: start) }
        if c.isASCIIDigit || (c == "." && character(at: position + 1)?.isASCIIDigit == true) {
            lexNumber()
            return token(.number, from: start)
        }
        if c.startsName {
            while let d = character(at: position), d.continuesName { position += 1 }
            return token(.name, from: start)
        }
        position += 1
        if c == "*", character(at: position) == "*" {
            position += 1
            return token(.power, from: start)
        }
        if c == "." {
            guard character(at: position) == "*" else {
                throw ExpressionError(
                    message: "unexpected '.'", range: SourceRange(lowerBound: start, upperBound: position),
                    expected: "expected a digit after '.', or '.*'")
            }
            position += 1
            return token(.elementwise, from: start)
        }
        guard let kind = Lexer.symbol(c) else {
            throw ExpressionError(
                message: "unexpected character \(c.quotedForMessage)",
                range: SourceRange(lowerBound: start, upperBound: position), expected: nil)
        }
        return token(kind, from: start)
    }

    /// Digits, an optional fraction, an optional exponent: `12`, `0.5`, `.5`, `1e-3`, `2.5E+3`.
    private mutating func lexNumber() {
        skipDigits()
        if character(at: position) == ".", character(at: position + 1)?.isASCIIDigit == true {
            position += 1
            skipDigits()
        }
        guard let e = character(at: position), e == "e" || e == "E" else { return }
        var digitsStart = position + 1
        if let sign = character(at: digitsStart), sign == "+" || sign == "-" { digitsStart += 1 }
        if character(at: digitsStart)?.isASCIIDigit == true {
            position = digitsStart
            skipDigits()
        }
    }

    private mutating func skipDigits() {
        while character(at: position)?.isASCIIDigit == true { position += 1 }
    }

    private func token(_ kind: TokenKind, from start: Int) -> Token {
        Token(
            kind: kind, text: asciiBytes.map { String(decoding: $0[start..<position], as: UTF8.self) } ?? String(characters[start..<position]),
            range: SourceRange(lowerBound: start, upperBound: position), followsWhitespace: sawWhitespace)
    }

    /// The kind of a single-character token, looked up without hashing for ASCII.
    private static func symbol(_ c: Character) -> TokenKind? {
        guard let ascii = c.asciiValue else { return symbols[c] }
        return asciiSymbols[Int(ascii)]
    }

    /// ``symbols`` indexed by ASCII code.
    private static let asciiSymbols: [TokenKind?] = (0..<128).map { code in symbols[Character(Unicode.Scalar(UInt8(code)))] }

    /// Single-character tokens, every accepted spelling.
    private static let symbols: [Character: TokenKind] = [
        "+": .plus, "-": .minus, "−": .minus,
        "*": .multiply, "×": .multiply, "·": .multiply, "⋅": .multiply,
        "@": .matmul, "⊙": .elementwise, "∘": .elementwise,
        "/": .divide, "÷": .divide, "^": .power,
        "'": .transpose, "′": .transpose, "ᵀ": .transpose,
        "(": .leftParen, ")": .rightParen, "[": .leftBracket, "]": .rightBracket,
        ",": .comma, ":": .colon, ";": .semicolon, "=": .equals,
    ]
}

extension Character {
    // Each test answers ASCII from the code alone (most of a rubric's text, and all of a long
    // list of numbers) and asks Unicode's properties only for other characters.

    fileprivate var isASCIIDigit: Bool {
        guard let ascii = asciiValue else { return false }
        return ascii >= UInt8(ascii: "0") && ascii <= UInt8(ascii: "9")
    }

    /// `ᵀ` is a modifier letter but means transpose, so it never belongs to a name.
    fileprivate var startsName: Bool {
        guard let ascii = asciiValue else { return (isLetter && self != "ᵀ") || self == "_" }
        return (ascii >= UInt8(ascii: "a") && ascii <= UInt8(ascii: "z")) || (ascii >= UInt8(ascii: "A") && ascii <= UInt8(ascii: "Z"))
            || ascii == UInt8(ascii: "_")
    }
    fileprivate var continuesName: Bool { startsName || isASCIIDigit }

    /// The character in quotes, or its code point when it would be invisible: `'$'`, `U+200B`.
    fileprivate var quotedForMessage: String {
        let invisible = unicodeScalars.contains {
            [.control, .format, .spaceSeparator, .unassigned, .privateUse, .surrogate]
                .contains($0.properties.generalCategory)
        }
        guard invisible, let scalar = unicodeScalars.first else { return "'\(self)'" }
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
