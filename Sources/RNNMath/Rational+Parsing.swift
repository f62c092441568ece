import BigInt

/// Reading rationals from text: decimals, scientific notation and fractions, exactly.
extension Rational {
    /// The largest decimal exponent accepted by `parse(_:)`; larger ones are rejected
    /// so that untrusted text cannot request astronomically large integers.
    package static let maximumDecimalExponent = 10_000

    /// Parses `text` exactly, or returns `nil` when it is not a number.
    ///
    /// Accepted forms (surrounding whitespace ignored, sign `+`, `-` or Unicode `−`):
    /// integers `3`, decimals `-1.25`, `.5`, `5.`, scientific notation `1e-3`, `2.5E+3`,
    /// and fractions of such numbers `3/4`, `-3/4`, `1.5/2`. A zero denominator gives `nil`.
    ///
    ///     Rational.parse("2.5E+3")   // 2500
    ///     Rational.parse("-3/4")     // -3/4
    ///     Rational.parse("1/0")      // nil
    package static func parse(_ text: String) -> Rational? {
        if let plain = parsePlainDecimal(text.utf8) { return plain }
        let trimmed = text.trimmingWhitespace()
        let parts = trimmed.split(separator: "/", omittingEmptySubsequences: false)
        switch parts.count {
        case 1:
            return parseSignedDecimal(parts[0])
        case 2:
            guard let n = parseSignedDecimal(parts[0]),
                  let d = parseUnsignedDecimal(parts[1]),
                  !d.isZero else { return nil }
            return n / d
        default:
            return nil
        }
    }

    /// `[-] digits [. digits]` in ASCII with at most 18 digits and nothing around it, the form of
    /// almost every literal in rubrics and answers, read with machine integers; nil for anything
    /// else, which the general reader then takes (so the result never differs from it).
    private static func parsePlainDecimal(_ bytes: String.UTF8View) -> Rational? {
        var mantissa = 0, digits = 0, fractionDigits = 0
        var negative = false, sawPoint = false, atStart = true
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits += 1
                guard digits <= 18 else { return nil }
                mantissa = mantissa * 10 + Int(byte - UInt8(ascii: "0"))
                if sawPoint { fractionDigits += 1 }
            case UInt8(ascii: "."):
                guard !sawPoint else { return nil }
                sawPoint = true
            case UInt8(ascii: "-") where atStart:
                negative = true
            default:
                return nil
            }
            atStart = false
        }
        guard digits > 0 else { return nil }
        var scale = 1
        for _ in 0..<fractionDigits { scale *= 10 }
        return Rational(numerator: BigInt(word: negative ? -mantissa : mantissa), denominator: BigInt(word: scale))
    }

    /// `[sign] unsigned-decimal`.
    private static func parseSignedDecimal(_ text: Substring) -> Rational? {
        guard let first = text.first else { return nil }
        switch first {
        case "-", "−":
            return parseUnsignedDecimal(text.dropFirst())?.negated
        case "+":
            return parseUnsignedDecimal(text.dropFirst())
        default:
            return parseUnsignedDecimal(text)
        }
    }

    /// `digits [. digits] [(e|E) [sign] digits]` with at least one mantissa digit.
    private static func parseUnsignedDecimal(_ text: Substring) -> Rational? {
        var mantissa = text
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            guard let parsed = parseExponent(text[text.index(after: e)...]) else { return nil }
            exponent = parsed
        }
        let pieces = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        guard pieces.count <= 2 else { return nil }
        let whole = pieces[0]
        let fraction = pieces.count == 2 ? pieces[1] : ""
        guard !(whole.isEmpty && fraction.isEmpty),
              whole.allSatisfy(\.isASCIIDigit), fraction.allSatisfy(\.isASCIIDigit),
              let digits = digitValue(whole + fraction) else { return nil }
        let scale = exponent - fraction.count
        let ten = BigInt(10)
        if scale >= 0 {
            return Rational(digits * ten.power(scale))
        }
        return Rational(numerator: digits, denominator: ten.power(-scale))
    }

    /// The value of a string of ASCII digits: through `Int` when it has at most 18 digits (the
    /// literals of rubrics and answers; BigInt's text parser is far slower), else through BigInt.
    private static func digitValue(_ digits: Substring) -> BigInt? {
        if digits.utf8.count <= 18, let small = Int(digits) { return BigInt(small) }
        return BigInt(String(digits))
    }

    /// `[sign] digits`, bounded by `maximumDecimalExponent`.
    private static func parseExponent(_ text: Substring) -> Int? {
        var body = text
        var negative = false
        if let first = body.first, first == "+" || first == "-" || first == "−" {
            negative = first != "+"
            body = body.dropFirst()
        }
        guard !body.isEmpty, body.count <= 6, body.allSatisfy(\.isASCIIDigit),
              let value = Int(body), value <= maximumDecimalExponent else { return nil }
        return negative ? -value : value
    }
}

extension Character {
    /// Whether this is one of the ASCII digits 0–9.
    package var isASCIIDigit: Bool { isASCII && isWholeNumber }
}

extension String {
    /// The string without leading and trailing whitespace and newlines.
    func trimmingWhitespace() -> Substring {
        let start = firstIndex(where: { !$0.isWhitespace }) ?? endIndex
        let end = lastIndex(where: { !$0.isWhitespace }).map { index(after: $0) } ?? start
        return self[start..<end]
    }
}
