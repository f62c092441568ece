import RNNExpr

/// Reads a formula answer with the expression language's parser (RNNExpr).
///
/// Implicit multiplication is not read: `10(x2 - x1)` and `2x` are format errors whose hint
/// says to write `10*(` or `2*x`, so a formula never means something the student did not write.
/// Dashes and minus signs are normalised first, character for character, as for numbers.
enum FormulaReader {
    /// Parses `text` and keeps it beside the tree; parser errors become format errors at the same place.
    static func read(_ text: String) throws(AnswerFormatError) -> AnswerValue {
        do {
            let normalised = String(text.map(AnswerCursor.normalised))
            return .formula(try ExpressionParser.parseExpression(normalised), text: text)
        } catch {
            throw AnswerFormatError(message: error.message, column: error.range.lowerBound, hint: error.expected)
        }
    }
}
