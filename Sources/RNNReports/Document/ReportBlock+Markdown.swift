extension [ReportBlock] {
    /// The blocks as Markdown, separated by blank lines, ending with one newline.
    var markdown: String {
        map(\.markdown).joined(separator: "\n")
    }
}

extension ReportBlock {
    /// This block as Markdown, ending with a newline.
    var markdown: String {
        switch self {
        case .heading(let level, let text):
            String(repeating: "#", count: level) + " " + MarkdownEscaping.inline(text) + "\n"
        case .paragraph(let text):
            MarkdownEscaping.inline(text) + "\n"
        case .strong(let text, _):
            "**" + MarkdownEscaping.inline(text) + "**\n"
        case .list(let items):
            items.map { "- " + MarkdownEscaping.inline($0) + "\n" }.joined()
        case .code(let text):
            MarkdownEscaping.codeBlock(text)
        case .table(let table), .figure(_, let table):
            table.markdown
        }
    }
}

extension ReportTable {
    /// A GitHub-flavoured Markdown table with escaped cells.
    var markdown: String {
        let line = { (cells: [String]) in "| " + cells.map(MarkdownEscaping.inline).joined(separator: " | ") + " |\n" }
        let rule = "|" + numeric.map { $0 ? " ---: |" : " --- |" }.joined() + "\n"
        return line(header) + rule + rows.map(line).joined()
    }
}
