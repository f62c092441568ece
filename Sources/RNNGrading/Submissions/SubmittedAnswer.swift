/// One answer as the student wrote it, before it is matched to a rubric part or read as a value.
///
/// Continuation lines are kept whole (with their indentation) after a `\n`, so character
/// `k` of ``text`` is at a known place in the file: see ``position(ofCharacter:)``.
package struct SubmittedAnswer: Sendable, Hashable {
    /// The label as written: `1.a`, `5.W_h` (a design parameter of problem 5), `5.a.W_h`.
    package var label: String
    /// The answer text, without surrounding blanks; empty for an unanswered part (`1.b =`).
    package var text: String
    /// The 1-based line of the text's first character.
    package var line: Int
    /// The 1-based column (in characters) of the text's first character; for an empty text,
    /// the column just after the `=` and its blanks.
    package var column: Int
    /// What a format error shows in place of the file's line, for an answer that is not text in
    /// its file (an array from an `.npz` file: its answer text); `nil` for text files.
    package var sourceLine: String?
    /// The label as written when the sheet used a loose form (`1.b:`, `(3.c)`, `1.b)`), which
    /// is read with a warning; nil for `1.b = …` and for XML and NumPy answers.
    package var looseForm: String?

    /// Creates an answer.
    package init(label: String, text: String, line: Int, column: Int, sourceLine: String? = nil, looseForm: String? = nil) {
        self.label = label
        self.looseForm = looseForm
        self.text = text
        self.line = line
        self.column = column
        self.sourceLine = sourceLine
    }

    /// Whether the student left the part blank.
    package var isEmpty: Bool { text.isEmpty }

    /// The file line and 1-based column of the character at 0-based `offset` in ``text``
    /// (clamped to the text), for carets under a format error.
    ///
    /// ```swift
    /// // 2.c = [[1, 2],
    /// //        [3, x]]        (line 4)
    /// answer.position(ofCharacter: 20)   // (line: 5, column: 12): the x
    /// ```
    package func position(ofCharacter offset: Int) -> (line: Int, column: Int) {
        var line = self.line, column = self.column
        for character in text.prefix(max(0, offset)) {
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }
}
