import RNNExpr
import RNNMath

/// Reads a student's answer text as the syntax a rubric part expects; grading is separate.
///
/// ```swift
/// AnswerReader.read("1.2×10^-3", as: .number)     // .success(.number(.exact(3/2500)))
/// AnswerReader.read("[1 2; 3 4]", as: .matrix)    // .success(.matrix(2×2))
/// AnswerReader.read("0,5", as: .number)           // .failure("use a dot as the decimal separator")
/// ```
/// Surrounding spaces are ignored. Every accepted syntax is listed in docs/comparison.md.
package enum AnswerReader {
    /// The longest answer read, in characters; a longer one is a format error, not a slow grade.
    package static let longestAnswer = 100_000

    /// Reads `text` as `syntax`, or says why it cannot be read; `labels` are a choice part's
    /// options, when known (a label naming none is refused, and hints name them).
    package static func read(_ text: String, as syntax: AnswerSyntax, labels: ChoiceLabels? = nil) -> Result<AnswerValue, AnswerFormatError> {
        do {
            return .success(try value(of: text, as: syntax, labels: labels))
        } catch {
            return .failure(error)
        }
    }

    /// The value of `text`, thrown as a format error when it cannot be read.
    private static func value(of text: String, as syntax: AnswerSyntax, labels known: ChoiceLabels?) throws(AnswerFormatError) -> AnswerValue {
        var cursor = AnswerCursor(text)
        guard cursor.characters.count <= longestAnswer else {
            throw AnswerFormatError(message: "the answer is longer than \(longestAnswer) characters", column: 0)
        }
        cursor.skipSpaces()
        if cursor.isAtEnd {
            throw AnswerFormatError(message: "the answer is empty", column: cursor.offset, hint: known?.hint ?? emptyHint(for: syntax))
        }
        let value: AnswerValue
        switch syntax {
        case .number:
            let start = cursor.offset
            value = .number(try NumberReader.read(&cursor))
            try refuseDecimalComma(cursor, numberStart: start)
        case .vector:
            value = .matrix(try MatrixReader.read(&cursor, flatList: .column))
        case .matrix:
            value = .matrix(try MatrixReader.read(&cursor, flatList: .row))
        case .interval:
            value = .interval(try IntervalReader.read(&cursor))
        case .choice:
            let labels = try ChoiceReader.read(&cursor, labels: known)
            guard labels.count == 1 else {
                throw AnswerFormatError(message: "choose one answer, not \(labels.count)", column: 0,
                                        hint: known?.hint ?? "write only the letter of your choice, e.g. b")
            }
            value = .choices(labels)
        case .multipleChoice:
            value = .choices(try ChoiceReader.read(&cursor, labels: known))
        case .formula:
            return try FormulaReader.read(text)
        case .weights:
            value = .weights(try WeightsReader.read(&cursor))
        }
        try expectEnd(cursor)
        return value
    }

    /// Refuses `0,5`: a comma right after a number and before a digit is a decimal comma.
    private static func refuseDecimalComma(_ cursor: AnswerCursor, numberStart: Int) throws(AnswerFormatError) {
        guard cursor.current == ",", cursor.peek(1)?.isASCIIDigit == true else { return }
        var rest = cursor
        rest.offset += 1
        let fraction = rest.digits()
        let whole = cursor.text(from: numberStart)
        throw AnswerFormatError(
            message: "use a dot as the decimal separator",
            column: cursor.offset,
            hint: "write \(whole).\(fraction)"
        )
    }

    /// Refuses anything but spaces after the answer.
    private static func expectEnd(_ cursor: AnswerCursor) throws(AnswerFormatError) {
        var rest = cursor
        rest.skipSpaces()
        guard let extra = rest.current else { return }
        if extra == "]" || extra == ")" || extra == "}" {
            throw AnswerFormatError(message: "this ‘\(extra)’ has no matching opening bracket", column: rest.offset)
        }
        if extra == "O" || extra == "o", rest.peek(-1)?.isASCIIDigit == true {
            throw NumberReader.unexpected(at: rest, expecting: "the end of the answer")
        }
        throw AnswerFormatError(
            message: "unexpected ‘\(rest.nextWord().isEmpty ? String(extra) : rest.nextWord())’ after the answer",
            column: rest.offset,
            hint: rest.offset > cursor.offset ? "an answer is a single value" : nil
        )
    }

    /// What to write, for an empty answer of `syntax`.
    private static func emptyHint(for syntax: AnswerSyntax) -> String {
        switch syntax {
        case .number: "write a number, e.g. 0.25 or 1/4"
        case .vector: "write a vector, e.g. [1, 2]"
        case .matrix: "write a matrix, e.g. [[1, 2], [3, 4]]"
        case .interval: "write an interval, e.g. (0, 1]"
        case .choice: "write the letter of your choice, e.g. b"
        case .multipleChoice: "write the letters of your choices, e.g. a, c"
        case .formula: "write a formula, e.g. sigmoid(x1 - x2)"
        case .weights: "write the weights, e.g. W = [[1, 0], [0, 1]]; b = [0, 0]"
        }
    }
}
