/// Splits expression source text into tokens with `Character` offsets.
///
/// Numbers keep their literal text (`2.5E+3` stays `"2.5E+3"`) so the solver can read them
/// exactly. Names are letters (Greek included), ASCII digits and `_`, not starting with a digit;
/// a prime is never part of a name (`v'` is `v` transposed). Unicode spellings of operators
/// (`−`, `×`, `·`, `⊙`, …) become the same token kinds as their ASCII spellings.
///
/// A source that is all ASCII without a carriage return (which with a line feed makes one
/// character of two bytes) is lexed byte by byte: its character offsets are its byte offsets,
/// and a long list of numbers lexes far faster than as `Character`s. Any other source is lexed
/// character by character, by the same rules.
enum Lexer {
    /// The tokens of `source`, ending with one `.end` token.
    static func tokens(in source: String) throws(ExpressionError) -> [Token] {
        let bytes = Array(source.utf8)
        if bytes.allSatisfy({ $0 < 128 && $0 != UInt8(ascii: "\r") }) {
            var scanner = TokenScanner(units: bytes)
            return try scanner.tokens()
        }
        var scanner = TokenScanner(units: Array(source))
        return try scanner.tokens()
    }

    /// The kind of a single-character token, looked up without hashing for ASCII.
    fileprivate static func symbol(_ unit: some LexedUnit) -> TokenKind? {
        guard let ascii = unit.ascii else { return symbols[unit.character] }
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

/// The lexer's walk over a source's units (bytes of an ASCII source, else characters).
private struct TokenScanner<Unit: LexedUnit> {
    let units: [Unit]
    var position = 0
    var sawWhitespace = false

    init(units: [Unit]) {
        self.units = units
    }

    mutating func tokens() throws(ExpressionError) -> [Token] {
        var tokens: [Token] = []
        while true {
            let token = try next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    func unit(at offset: Int) -> Unit? {
        offset < units.count ? units[offset] : nil
    }

    /// Whether the unit at `offset` is the ASCII character `ascii`.
    func unit(at offset: Int, is ascii: Unicode.Scalar) -> Bool {
        unit(at: offset)?.ascii == UInt8(ascii: ascii)
    }

    mutating func next() throws(ExpressionError) -> Token {
        sawWhitespace = false
        while let c = unit(at: position), c.isBlank {
            sawWhitespace = true
            position += 1
        }
        let start = position
        guard let c = unit(at: position) else { return token(.end, from: start) }
        if c.isASCIIDigit || (c.ascii == UInt8(ascii: ".") && unit(at: position + 1)?.isASCIIDigit == true) {
            lexNumber()
            return token(.number, from: start)
        }
        if c.startsName {
            while let d = unit(at: position), d.continuesName { position += 1 }
            return token(.name, from: start)
        }
        position += 1
        if c.ascii == UInt8(ascii: "*"), unit(at: position, is: "*") {
            position += 1
            return token(.power, from: start)
        }
        if c.ascii == UInt8(ascii: ".") {
            guard unit(at: position, is: "*") else {
                throw ExpressionError(
                    message: "unexpected '.'", range: SourceRange(lowerBound: start, upperBound: position),
                    expected: "expected a digit after '.', or '.*'")
            }
            position += 1
            return token(.elementwise, from: start)
        }
        guard let kind = Lexer.symbol(c) else {
            throw ExpressionError(
                message: "unexpected character \(c.character.quotedForMessage)",
                range: SourceRange(lowerBound: start, upperBound: position), expected: nil)
        }
        return token(kind, from: start)
    }

    /// Digits, an optional fraction, an optional exponent: `12`, `0.5`, `.5`, `1e-3`, `2.5E+3`.
    mutating func lexNumber() {
        skipDigits()
        if unit(at: position, is: "."), unit(at: position + 1)?.isASCIIDigit == true {
            position += 1
            skipDigits()
        }
        guard unit(at: position, is: "e") || unit(at: position, is: "E") else { return }
        var digitsStart = position + 1
        if unit(at: digitsStart, is: "+") || unit(at: digitsStart, is: "-") { digitsStart += 1 }
        if unit(at: digitsStart)?.isASCIIDigit == true {
            position = digitsStart
            skipDigits()
        }
    }

    mutating func skipDigits() {
        while unit(at: position)?.isASCIIDigit == true { position += 1 }
    }

    func token(_ kind: TokenKind, from start: Int) -> Token {
        Token(
            kind: kind, text: Unit.text(units[start..<position]),
            range: SourceRange(lowerBound: start, upperBound: position), followsWhitespace: sawWhitespace)
    }
}

/// One unit of source text as the lexer classifies it.
private protocol LexedUnit {
    /// The ASCII code, nil for any other character.
    var ascii: UInt8? { get }
    /// The unit as a character (for messages and non-ASCII symbols).
    var character: Character { get }
    var isBlank: Bool { get }
    var isASCIIDigit: Bool { get }
    /// Whether a name may start with it.
    var startsName: Bool { get }
    /// The text of consecutive units.
    static func text(_ units: ArraySlice<Self>) -> String
}

extension LexedUnit {
    /// Whether a name may go on with it.
    var continuesName: Bool { startsName || isASCIIDigit }
}

/// A byte of an all-ASCII source.
extension UInt8: LexedUnit {
    var ascii: UInt8? { self }
    var character: Character { Character(Unicode.Scalar(self)) }
    var isBlank: Bool { self == UInt8(ascii: " ") || (self >= 9 && self <= 13) }
    var isASCIIDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
    var startsName: Bool {
        (self >= UInt8(ascii: "a") && self <= UInt8(ascii: "z")) || (self >= UInt8(ascii: "A") && self <= UInt8(ascii: "Z"))
            || self == UInt8(ascii: "_")
    }
    static func text(_ units: ArraySlice<UInt8>) -> String { String(decoding: units, as: UTF8.self) }
}

/// A character of any other source.
extension Character: LexedUnit {
    // `"\r\n"` is a single character whose `asciiValue` is a line feed's; every test below
    // treats it as the line feed it stands for (blank, nothing else).
    var ascii: UInt8? { asciiValue }
    var character: Character { self }
    var isASCIIDigit: Bool { isASCII && isWholeNumber }
    /// `ᵀ` is a modifier letter but means transpose, so it never belongs to a name.
    var startsName: Bool { (isLetter && self != "ᵀ") || self == "_" }
    static func text(_ units: ArraySlice<Character>) -> String { String(units) }

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
