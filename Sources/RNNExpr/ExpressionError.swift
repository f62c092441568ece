/// A mistake in an expression, located in its source text.
///
/// `message` says what is wrong; `expected` is the short note printed after the caret
/// (`expected an expression`, `did you mean 'W_h'?`). See `rendered(source:file:line:column:)`.
package struct ExpressionError: Error, Hashable, Sendable {
    /// What is wrong, in words the reader can act on: `unexpected ')'`.
    package var message: String
    /// The offending characters, in `Character` offsets of the expression's source.
    package var range: SourceRange
    /// What would have been right, printed after the caret; `nil` when there is nothing to add.
    package var expected: String?

    /// Creates an error.
    package init(message: String, range: SourceRange, expected: String?) {
        self.message = message
        self.range = range
        self.expected = expected
    }
}

extension ExpressionError: CustomStringConvertible {
    /// The message and the note on one line: `unexpected ')' (expected an expression)`.
    package var description: String {
        expected.map { "\(message) (\($0))" } ?? message
    }
}
