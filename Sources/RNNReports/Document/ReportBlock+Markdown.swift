extension [ReportBlock] {
    /// The blocks as Markdown, separated by blank lines, ending with one newline.
    var markdown: String {
        var out = ""
        out.reserveCapacity(4_096)
        for (index, block) in enumerated() {
            if index > 0 { out += "\n" }
            block.appendMarkdown(to: &out)
        }
        return out
    }
}

extension ReportBlock {
    /// Appends this block as Markdown, ending with a newline.
    func appendMarkdown(to out: inout String) {
        switch self {
        case .heading(let level, let text):
            out += String(repeating: "#", count: level)
            out += " "
            out += MarkdownEscaping.inline(text)
            out += "\n"
        case .paragraph(let text):
            out += MarkdownEscaping.inline(text)
            out += "\n"
        case .strong(let text, _):
            out += "**"
            out += MarkdownEscaping.inline(text)
            out += "**\n"
        case .list(let items):
            for item in items {
                out += "- "
                out += MarkdownEscaping.inline(item)
                out += "\n"
            }
        case .code(let text):
            out += MarkdownEscaping.codeBlock(text)
        case .table(let table), .figure(_, let table):
            table.appendMarkdown(to: &out)
        }
    }
}

extension ReportTable {
    /// Appends a GitHub-flavoured Markdown table with escaped cells.
    func appendMarkdown(to out: inout String) {
        func line(_ cells: [String]) {
            out += "|"
            for cell in cells {
                out += " "
                out += MarkdownEscaping.inline(cell)
                out += " |"
            }
            out += "\n"
        }
        line(header)
        out += "|"
        for isNumber in numeric { out += isNumber ? " ---: |" : " --- |" }
        out += "\n"
        for row in rows { line(row) }
    }
}
