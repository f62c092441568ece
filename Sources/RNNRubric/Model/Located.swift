/// A value parsed from rubric text, with where that text is, for diagnostics.
package struct Located<Value: Sendable>: Sendable {
    package var value: Value
    /// The source text as written.
    package var text: String
    /// 1-based line and column of the text's first character in the rubric file.
    package var line: Int
    package var column: Int

    package init(value: Value, text: String, line: Int, column: Int) {
        self.value = value
        self.text = text
        self.line = line
        self.column = column
    }
}
