extension AnswerFormatError {
    /// The error as the project's diagnostics show it: headline, location, the source line,
    /// and a caret under the offending character with the hint beside it.
    ///
    /// ```
    /// error: use a dot as the decimal separator
    ///  --> answers.txt:3:7
    /// 3 | 1.a = 0,5
    ///   |       ^ write 0.5
    /// ```
    ///
    /// - Parameters:
    ///   - line: the whole source line the answer came from.
    ///   - lineNumber: the line's 1-based number in `file`.
    ///   - answerStart: 0-based character offset of the answer text inside `line`; the caret
    ///     goes at `answerStart + column`, clamped to the end of the line.
    ///   - file: the file name shown after `-->`.
    public func rendered(line: String, lineNumber: Int, answerStart: Int = 0, file: String) -> String {
        let lineLength = line.count
        let caretOffset = min(max(0, answerStart + column), lineLength)
        let gutter = String(lineNumber)
        let pad = String(repeating: " ", count: gutter.count)
        let caretTail = hint.map { " " + $0 } ?? ""
        return """
            error: \(message)
            \(pad)--> \(file):\(lineNumber):\(caretOffset + 1)
            \(gutter) | \(line)
            \(pad) | \(String(repeating: " ", count: caretOffset))^\(caretTail)
            """
    }
}
