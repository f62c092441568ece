/// A value parsed from rubric text, with where that text is, for diagnostics.
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    /// The source text as written.
    public var text: String
    /// 1-based line and column of the text's first character in the rubric file.
    public var line: Int
    public var column: Int

    public init(value: Value, text: String, line: Int, column: Int) {
        self.value = value
        self.text = text
        self.line = line
        self.column = column
    }
}
