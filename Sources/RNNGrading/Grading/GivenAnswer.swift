/// What a student wrote for one part, and where, so that format errors can point at it.
public struct GivenAnswer: Sendable, Hashable {
    /// The answer text as written.
    public var text: String
    /// The file it is in, and the 1-based line and column where the text starts.
    public var file: String
    public var line: Int
    public var column: Int
    /// The whole source line, for the caret excerpt.
    public var sourceLine: String

    public init(text: String, file: String, line: Int, column: Int, sourceLine: String) {
        self.text = text
        self.file = file
        self.line = line
        self.column = column
        self.sourceLine = sourceLine
    }
}
