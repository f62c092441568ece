import RNNExpr

extension AnswerFormatError {
    /// The error located in `file`, on the source line the answer came from.
    ///
    /// - Parameters:
    ///   - line: the whole source line the answer came from.
    ///   - lineNumber: the line's 1-based number in `file`.
    ///   - answerStart: 0-based character offset of the answer text inside `line`; the caret
    ///     goes at `answerStart + column`, clamped to the end of the line.
    ///   - file: the file name.
    package func diagnostic(line: String, lineNumber: Int, answerStart: Int = 0, file: String) -> Diagnostic {
        let caretOffset = min(max(0, answerStart + column), line.count)
        return Diagnostic(file: file, line: lineNumber, column: caretOffset + 1, message: message,
                          excerpt: Diagnostic.Excerpt(text: line, caretOffset: caretOffset, note: hint))
    }

    /// The error as the project's diagnostics show it: headline, location, the source line,
    /// and a caret under the offending character with the hint beside it
    /// (see ``diagnostic(line:lineNumber:answerStart:file:)``).
    ///
    /// ```
    /// error: use a dot as the decimal separator
    ///  --> answers.txt:3:7
    /// 3 | 1.a = 0,5
    ///   |       ^ write 0.5
    /// ```
    package func rendered(line: String, lineNumber: Int, answerStart: Int = 0, file: String) -> String {
        diagnostic(line: line, lineNumber: lineNumber, answerStart: answerStart, file: file).caretBlock(arrow: .gutter)
    }
}
