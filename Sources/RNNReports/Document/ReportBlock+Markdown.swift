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
    /// A linked first cell is a Markdown link to its path with the extension md added.
    func appendMarkdown(to out: inout String) {
        func line(_ cells: [String], link: String?) {
            out += "|"
            for (index, cell) in cells.enumerated() {
                out += " "
                if index == 0, let link {
                    out += "[\(MarkdownEscaping.inline(cell))](\(link).md)"
                } else {
                    out += MarkdownEscaping.inline(cell)
                }
                out += " |"
            }
            out += "\n"
        }
        line(header, link: nil)
        out += "|"
        for isNumber in numeric { out += isNumber ? " ---: |" : " --- |" }
        out += "\n"
        for (index, row) in rows.enumerated() { line(row, link: rowLinks?[index]) }
    }
}
