extension ExpressionError {
    /// The error as a caret diagnostic, for an expression found in `file` whose first character
    /// is at `line`:`column` (1-based):
    /// ```
    /// error: unexpected ')'
    ///  --> rubric.xml:12:30
    /// 12 | h[t] = sigmoid(W*h[t-1] + )
    ///    |                           ^ expected an expression
    /// ```
    /// The location and the quoted line are those of the error's first character (an expression
    /// may span lines); the carets cover the error's range up to the end of that line, at least
    /// one. Tabs in the source are kept in the caret line so the caret stays aligned.
    /// There is no trailing newline.
    public func rendered(source: String, file: String, line: Int, column: Int) -> String {
        let characters = Array(source)
        let start = min(max(range.lowerBound, 0), characters.count)
        let lineStart = characters[..<start].lastIndex(where: \.isNewline).map { $0 + 1 } ?? 0
        let lineEnd = characters[start...].firstIndex(where: \.isNewline) ?? characters.count
        let lineNumber = line + characters[..<start].count(where: \.isNewline)
        let columnNumber = (lineStart == 0 ? column : 1) + start - lineStart
        let caretCount = max(1, min(range.upperBound, lineEnd) - start)
        let padding = characters[lineStart..<start].map { $0 == "\t" ? "\t" : " " }.joined()
        let gutter = String(lineNumber)
        let blankGutter = String(repeating: " ", count: gutter.count)
        let note = expected.map { " " + $0 } ?? ""
        return """
            error: \(message)
             --> \(file):\(lineNumber):\(columnNumber)
            \(gutter) | \(String(characters[lineStart..<lineEnd]))
            \(blankGutter) | \(padding)\(String(repeating: "^", count: caretCount))\(note)
            """
    }
}
