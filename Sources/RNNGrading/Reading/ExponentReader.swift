/// Reads the power of ten after a number's digits: `e-3`, `E+04`, `×10^-3`, `*10^(-3)`, `·10⁻³`.
enum ExponentReader {
    /// Reads an optional exponent and returns it (0 when none is written).
    ///
    /// The cursor is left unmoved when no exponent follows, so `[1 2]` and `2 * x` keep their
    /// spaces and operators for the caller.
    static func read(_ cursor: inout AnswerCursor) throws(AnswerFormatError) -> Int {
        if let exponent = try readLetterE(&cursor) { return exponent }
        return try readTimesTen(&cursor) ?? 0
    }

    /// `e` or `E`, a sign and digits, when a digit follows.
    private static func readLetterE(_ cursor: inout AnswerCursor) throws(AnswerFormatError) -> Int? {
        guard cursor.current == "e" || cursor.current == "E" else { return nil }
        let signed = cursor.peek(1) == "-" || cursor.peek(1) == "+"
        guard cursor.peek(signed ? 2 : 1)?.isASCIIDigit == true else { return nil }
        cursor.offset += 1
        return try readSignedDigits(&cursor)
    }

    /// `×10^n`, `*10^(n)` or `·10ⁿ`, spaces allowed around the times sign; the letter `x`
    /// serves as the sign only when `10^` or `10` and a superscript follow (`1.2x10^-3`).
    private static func readTimesTen(_ cursor: inout AnswerCursor) throws(AnswerFormatError) -> Int? {
        let start = cursor.offset
        cursor.skipSpaces()
        guard let times = cursor.current, "×*·⋅".contains(times) || isLetterTimes(cursor) else {
            cursor.offset = start
            return nil
        }
        cursor.offset += 1
        cursor.skipSpaces()
        let tenStart = cursor.offset
        guard cursor.consume(word: "10") else {
            throw AnswerFormatError(
                message: "only a power of ten may multiply a number in an answer",
                column: tenStart,
                hint: "write the value itself, or use scientific notation such as 1.2e-3"
            )
        }
        if cursor.consume("^") {
            if cursor.consume("(") {
                let exponent = try readSignedDigits(&cursor)
                guard cursor.consume(")") else {
                    throw AnswerFormatError(message: "missing ‘)’ after the exponent", column: cursor.offset)
                }
                return exponent
            }
            return try readSignedDigits(&cursor)
        }
        if let exponent = try readSuperscript(&cursor) { return exponent }
        throw AnswerFormatError(
            message: "expected an exponent after 10",
            column: cursor.offset,
            hint: "write 10^-3 or 10⁻³"
        )
    }

    /// Whether the cursor is at `x10^`, `X10^` or `x10` and a superscript, spaces allowed after `x`.
    private static func isLetterTimes(_ cursor: AnswerCursor) -> Bool {
        guard cursor.current == "x" || cursor.current == "X" else { return false }
        var ahead = cursor
        ahead.offset += 1
        ahead.skipSpaces()
        guard ahead.consume(word: "10"), let next = ahead.current else { return false }
        return next == "^" || "⁻⁺⁰¹²³⁴⁵⁶⁷⁸⁹".contains(next)
    }

    /// An optional sign and at least one digit, checked against ``NumberReader/largestExponent``.
    private static func readSignedDigits(_ cursor: inout AnswerCursor) throws(AnswerFormatError) -> Int {
        let start = cursor.offset
        let negative = cursor.consume("-")
        if !negative { _ = cursor.consume("+") }
        let run = cursor.digits()
        guard !run.isEmpty else {
            throw NumberReader.unexpected(at: cursor, expecting: "the digits of an exponent")
        }
        return try checked(run, negative: negative, at: start)
    }

    /// Superscript digits with an optional superscript sign: `⁻³`, `⁺¹²`, `⁴`.
    private static func readSuperscript(_ cursor: inout AnswerCursor) throws(AnswerFormatError) -> Int? {
        let start = cursor.offset
        let negative = cursor.consume("⁻")
        if !negative { _ = cursor.consume("⁺") }
        var run = ""
        while let character = cursor.current, let digit = superscriptDigits.firstIndex(of: character) {
            run.append(String(digit))
            cursor.offset += 1
        }
        guard !run.isEmpty else {
            cursor.offset = start
            return nil
        }
        return try checked(run, negative: negative, at: start)
    }

    /// The superscript digits ⁰…⁹, indexed by their value.
    private static let superscriptDigits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]

    /// The exponent's value, refused when its size is beyond ``NumberReader/largestExponent``.
    private static func checked(_ run: String, negative: Bool, at start: Int) throws(AnswerFormatError) -> Int {
        guard run.count <= 6, let magnitude = Int(run), magnitude <= NumberReader.largestExponent else {
            throw AnswerFormatError(
                message: "this exponent is too large to grade",
                column: start,
                hint: "exponents from -\(NumberReader.largestExponent) to \(NumberReader.largestExponent) are accepted"
            )
        }
        return negative ? -magnitude : magnitude
    }
}
