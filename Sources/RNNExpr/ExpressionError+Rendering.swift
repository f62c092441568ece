extension ExpressionError {
    /// The error located in `file`, for an expression whose first character is at `line`:`column`
    /// (1-based). The location and the quoted line are those of the error's first character (an
    /// expression may span lines); the carets cover the error's range up to the end of that line,
    /// at least one.
    package func diagnostic(source: String, file: String, line: Int, column: Int) -> Diagnostic {
        let characters = Array(source)
        let start = min(max(range.lowerBound, 0), characters.count)
        let lineStart = characters[..<start].lastIndex(where: \.isNewline).map { $0 + 1 } ?? 0
        let lineEnd = characters[start...].firstIndex(where: \.isNewline) ?? characters.count
        let excerpt = Diagnostic.Excerpt(text: String(characters[lineStart..<lineEnd]), caretOffset: start - lineStart,
                                         caretCount: min(range.upperBound, lineEnd) - start, note: expected)
        return Diagnostic(file: file, line: line + characters[..<start].count(where: \.isNewline),
                          column: (lineStart == 0 ? column : 1) + start - lineStart, message: message, excerpt: excerpt)
    }

    /// The error as a caret diagnostic (see ``diagnostic(source:file:line:column:)``):
    /// ```
    /// error: unexpected ')'
    ///  --> rubric.xml:12:30
    /// 12 | h[t] = sigmoid(W*h[t-1] + )
    ///    |                           ^ expected an expression
    /// ```
    /// Tabs in the source are kept in the caret line so the caret stays aligned.
    /// There is no trailing newline.
    package func rendered(source: String, file: String, line: Int, column: Int) -> String {
        diagnostic(source: source, file: file, line: line, column: column).caretBlock(arrow: .single)
    }
}
