import RNNExpr

extension Diagnostic.Excerpt {
    /// The excerpt for 1-based `line` and `column` of a file's `lines`, or nil when the line does
    /// not exist. Tabs in the line are shown as single spaces, so the caret's column is the
    /// character's.
    init?(lines: [String], line: Int, column: Int, note: String?) {
        guard line >= 1, line <= lines.count else { return nil }
        self.init(text: String(lines[line - 1].map { $0 == "\t" ? " " : $0 }), caretOffset: column - 1, note: note)
    }
}
