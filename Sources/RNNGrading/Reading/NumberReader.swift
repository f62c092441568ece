import RNNMath

/// Reads one number at a cursor: sign, decimal, scientific notation, fraction, `inf`, `nan`.
///
/// ```
/// number    := sign? (special | magnitude ('/' magnitude)?)
/// special   := 'inf' | 'infinity' | '∞' | 'nan'
/// magnitude := (digits ('.' digits?)? | '.' digits) exponent?
/// exponent  := ('e' | 'E') sign? digits
///            | ('×' | '*' | '·' | '⋅') '10' ('^' sign? digits | '^(' sign? digits ')' | superscripts)
/// ```
/// Spaces are allowed after the sign, around `/` and around `×`. A minus sign in a denominator
/// (`3/-4`) is refused with a hint to put it in front (`-3/4`). Finite numbers are exact:
/// `0.1` is 1/10 and `1.2e-3` is 3/2500; `inf` and `nan` become approximate scalars.
enum NumberReader {
    /// The largest power of ten accepted, so a student cannot ask for a billion-digit number.
    static let largestExponent = 1_000
    /// The most digits accepted in one number.
    static let mostDigits = 1_000

    /// Reads a number starting at the cursor and leaves the cursor just after it.
    static func read(_ cursor: inout AnswerCursor) throws(AnswerFormatError) -> Scalar {
        let negative = try readSign(&cursor)
        if let special = readSpecial(&cursor) { return .approx(negative ? -special : special) }
        let numerator = try readMagnitude(&cursor)
        let signed = negative ? -numerator : numerator
        let beforeBar = cursor.offset
        cursor.skipSpaces()
        guard cursor.consume("/") else {
            cursor.offset = beforeBar
            return .exact(signed)
        }
        cursor.skipSpaces()
        if cursor.current == "-" || cursor.current == "+" {
            throw AnswerFormatError(
                message: "a sign must come before the whole fraction, not in its denominator",
                column: cursor.offset,
                hint: "write the sign in front, e.g. -3/4"
            )
        }
        let denominatorStart = cursor.offset
        let denominator = try readMagnitude(&cursor)
        if denominator.isZero {
            throw AnswerFormatError(
                message: "division by zero: the denominator of a fraction cannot be 0",
                column: denominatorStart
            )
        }
        return .exact(signed / denominator)
    }

    /// Reads an optional `+` or `-` and the spaces after it; refuses two signs in a row.
    private static func readSign(_ cursor: inout AnswerCursor) throws(AnswerFormatError) -> Bool {
        var negative = false
        if cursor.consume("-") {
            negative = true
        } else if !cursor.consume("+") {
            return false
        }
        cursor.skipSpaces()
        if cursor.current == "-" || cursor.current == "+" {
            throw AnswerFormatError(message: "two signs in a row", column: cursor.offset, hint: "write a single sign")
        }
        return negative
    }

    /// Reads `inf`, `infinity`, `∞` or `nan` when one of them comes next as a whole word.
    private static func readSpecial(_ cursor: inout AnswerCursor) -> Double? {
        let start = cursor.offset
        for (word, value) in [
            ("infinity", Double.infinity), ("inf", .infinity), ("∞", .infinity), ("nan", .nan),
        ] where cursor.consume(word: word) {
            if let next = cursor.current, next.isLetter || next.isASCIIDigit {
                cursor.offset = start
                return nil
            }
            return value
        }
        return nil
    }

    /// Reads unsigned digits with an optional decimal point and exponent, exactly.
    static func readMagnitude(_ cursor: inout AnswerCursor) throws(AnswerFormatError) -> Rational {
        let start = cursor.offset
        let whole = cursor.digits()
        var fraction = ""
        if cursor.current == ".", cursor.peek(1)?.isASCIIDigit == true || !whole.isEmpty {
            _ = cursor.consume(".")
            fraction = cursor.digits()
        }
        guard !(whole.isEmpty && fraction.isEmpty) else {
            cursor.offset = start
            throw NumberReader.unexpected(at: cursor, expecting: "a number", hint: "write the value itself, e.g. 0.25 or 1/4")
        }
        let digits = whole + fraction
        guard digits.count <= mostDigits else {
            throw AnswerFormatError(
                message: "this number has more than \(mostDigits) digits",
                column: start,
                hint: "round it, or use scientific notation"
            )
        }
        let exponent = try ExponentReader.read(&cursor) - fraction.count
        guard let value = Rational.parse("\(digits)e\(exponent)") else {
            throw AnswerFormatError(message: "this number cannot be read exactly", column: start)
        }
        return value
    }

    /// The error for an unexpected character where `expecting` should be, with the friendliest
    /// message known for it (the letter O for a zero, a missing number at the end, …); `hint`
    /// is shown for any other letter.
    static func unexpected(at cursor: AnswerCursor, expecting: String, hint: String? = nil) -> AnswerFormatError {
        guard let character = cursor.current else {
            return AnswerFormatError(message: "the answer ends where \(expecting) should be", column: cursor.offset)
        }
        let touchesDigit = cursor.peek(1)?.isASCIIDigit == true || cursor.peek(1) == "."
            || cursor.peek(-1)?.isASCIIDigit == true
        if character == "O" || character == "o", touchesDigit {
            return AnswerFormatError(
                message: "the letter ‘\(character)’ is not a digit",
                column: cursor.offset,
                hint: "write the digit 0"
            )
        }
        if character.isLetter {
            return AnswerFormatError(
                message: "expected \(expecting), found the letter ‘\(character)’",
                column: cursor.offset,
                hint: hint
            )
        }
        return AnswerFormatError(message: "expected \(expecting), found ‘\(character)’", column: cursor.offset)
    }
}
