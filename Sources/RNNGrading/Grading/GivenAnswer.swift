/// What a student wrote for one part, and where, so that format errors can point at it.
package struct GivenAnswer: Sendable, Hashable {
    /// The answer text as written.
    package var text: String
    /// The file it is in, and the 1-based line and column where the text starts.
    package var file: String
    package var line: Int
    package var column: Int
    /// The whole source line, for the caret excerpt.
    package var sourceLine: String

    package init(text: String, file: String, line: Int, column: Int, sourceLine: String) {
        self.text = text
        self.file = file
        self.line = line
        self.column = column
        self.sourceLine = sourceLine
    }
}
