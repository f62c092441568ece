import RNNExpr

/// Why a whole submission file could not be read (too large, binary, not UTF-8, invalid XML).
/// A problem confined to one line is a warning in ``Submission/warnings`` instead.
package struct SubmissionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// `file:line:column: message`; several located messages are on separate lines.
    package var message: String

    /// Creates an error from its whole message.
    package init(message: String) {
        self.message = message
    }

    /// An error at a place in `file`.
    init(file: String, line: Int, column: Int, _ text: String) {
        self.message = Diagnostic(file: file, line: line, column: column, message: text).description
    }

    /// The message.
    package var description: String { message }
}
