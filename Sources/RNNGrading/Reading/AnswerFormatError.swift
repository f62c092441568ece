/// Why a student's answer could not be read, addressed to the student.
///
/// Reading never guesses: an answer that does not follow an accepted syntax becomes one of
/// these, never a silent zero. `column` is a 0-based offset in characters (grapheme
/// clusters) into the answer text, so a renderer can put a caret under the offending place.
///
/// See also: ``rendered(line:lineNumber:answerStart:file:)``.
package struct AnswerFormatError: Error, Hashable, Sendable {
    /// What is wrong, as one sentence the student can act on.
    package var message: String
    /// 0-based offset in characters into the answer text where the problem was found.
    package var column: Int
    /// What to write instead, shown under the caret; `nil` when there is nothing to add.
    package var hint: String?

    /// Makes an error at `column` with a message and an optional hint.
    package init(message: String, column: Int, hint: String? = nil) {
        self.message = message
        self.column = column
        self.hint = hint
    }
}
