import RNNExpr

extension Diagnostic.Excerpt {
    /// The excerpt for 1-based `line` and `column` of a file's `lines`, or nil when the line does
    /// not exist. Tabs in the line are shown as single spaces, so the caret's column is the
    /// character's.
    init?(lines: [String], line: Int, column: Int, note: String?) {
        guard line >= 1, line <= lines.count else { return nil }
        self.init(text: lines[line - 1], caretOffset: column - 1, note: note)   // cut first: the line may be long
        text = String(text.map { $0 == "\t" ? " " : $0 })
    }
}
