/// Renders a source line with a caret under a column, for diagnostics:
/// ```
///    12 |       <equation>h[t] = W*h[t-1] + )</equation>
///       |                                   ^ expected an expression
/// ```
enum SourceExcerpt {
    /// The excerpt for 1-based `line` and `column` of `lines`, or nil when the line does not exist.
    static func render(lines: [String], line: Int, column: Int, note: String?) -> String? {
        guard line >= 1, line <= lines.count else { return nil }
        let text = lines[line - 1].replacingTabs()
        let gutter = String(line)
        let pad = String(repeating: " ", count: gutter.count)
        let caretPad = String(repeating: " ", count: max(0, column - 1))
        let caretLine = "\(pad) | \(caretPad)^" + (note.map { " " + $0 } ?? "")
        return "\(gutter) | \(text)\n\(caretLine)"
    }
}

extension String {
    /// Tabs become single spaces so that the caret's column matches the character's.
    func replacingTabs() -> String { String(map { $0 == "\t" ? " " : $0 }) }
}
