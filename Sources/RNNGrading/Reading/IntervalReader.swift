import RNNMath

/// Reads an interval: `(0, 1)`, `[0, 1)`, `(-inf, 0]`, and French `]0, 1[`.
///
/// ```
/// interval := ('(' | '[' | ']') end (',' | ';') end (')' | ']' | '[')
/// end      := number        -- including -inf, inf, ∞
/// ```
/// An infinite end must be open (`[0, inf]` is refused with a hint); `nan` is refused as an
/// end; a lower end above the upper end is refused.
enum IntervalReader {
    /// Reads an interval starting at the cursor and leaves the cursor just after it.
    static func read(_ cursor: inout AnswerCursor) throws(AnswerFormatError) -> Interval {
        let openColumn = cursor.offset
        guard let open = cursor.current, "([]".contains(open) else {
            throw NumberReader.unexpected(at: cursor, expecting: "‘(’ or ‘[’ to start an interval")
        }
        cursor.offset += 1
        cursor.skipSpaces()
        let lowerColumn = cursor.offset
        let lower = try NumberReader.read(&cursor)
        cursor.skipSpaces()
        guard cursor.consume(",") || cursor.consume(";") else {
            throw NumberReader.unexpected(at: cursor, expecting: "‘,’ between the two ends")
        }
        cursor.skipSpaces()
        let upperColumn = cursor.offset
        let upper = try NumberReader.read(&cursor)
        cursor.skipSpaces()
        let closeColumn = cursor.offset
        guard let close = cursor.current, ")][".contains(close) else {
            throw cursor.isAtEnd
                ? AnswerFormatError(message: "this interval is never closed", column: openColumn, hint: "end it with ‘)’ or ‘]’")
                : AnswerFormatError(message: "expected ‘)’ or ‘]’ to end the interval", column: cursor.offset)
        }
        cursor.offset += 1
        let lowerEnd = try end(lower, closed: open == "[", side: .lower, bracketColumn: openColumn, valueColumn: lowerColumn)
        let upperEnd = try end(upper, closed: close == "]", side: .upper, bracketColumn: closeColumn, valueColumn: upperColumn)
        if case let .finite(low, _) = lowerEnd, case let .finite(high, _) = upperEnd, high.isLess(than: low) {
            throw AnswerFormatError(
                message: "the lower end \(low) is larger than the upper end \(high)",
                column: lowerColumn,
                hint: "write the smaller end first"
            )
        }
        return Interval(lower: lowerEnd, upper: upperEnd)
    }

    /// Which end of an interval is being checked.
    private enum Side { case lower, upper }

    /// One end, checked: infinities only on their own side and open, no `nan`.
    private static func end(
        _ value: Scalar, closed: Bool, side: Side, bracketColumn: Int, valueColumn: Int
    ) throws(AnswerFormatError) -> Interval.End {
        let number = value.doubleValue
        if number.isNaN {
            throw AnswerFormatError(message: "nan cannot be the end of an interval", column: valueColumn)
        }
        guard number.isInfinite else { return .finite(value, closed: closed) }
        let wrongSide = (number < 0) != (side == .lower)
        if wrongSide {
            throw AnswerFormatError(
                message: side == .lower ? "the lower end cannot be +inf" : "the upper end cannot be -inf",
                column: valueColumn
            )
        }
        if closed {
            throw AnswerFormatError(
                message: "an infinite end is always open",
                column: bracketColumn,
                hint: side == .lower ? "write ‘(’ before -inf" : "write ‘)’ after inf"
            )
        }
        return .unbounded
    }
}
