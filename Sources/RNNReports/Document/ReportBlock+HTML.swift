extension [ReportBlock] {
    /// The blocks as the body of an HTML page, every text escaped.
    var html: String {
        map(\.html).joined()
    }
}

extension ReportBlock {
    /// This block as HTML, ending with a newline.
    var html: String {
        switch self {
        case .heading(let level, let text):
            "<h\(level)>\(MarkupEscaping.text(text))</h\(level)>\n"
        case .paragraph(let text):
            "<p>\(MarkupEscaping.text(text))</p>\n"
        case .strong(let text, let cssClass):
            "<p\(cssClass.map { " class=\"\(MarkupEscaping.attribute($0))\"" } ?? "")><strong>\(MarkupEscaping.text(text))</strong></p>\n"
        case .list(let items):
            "<ul>\n" + items.map { "<li>\(MarkupEscaping.text($0))</li>\n" }.joined() + "</ul>\n"
        case .code(let text):
            // HTML drops the newline right after <pre>, so a leading newline of the text survives.
            "<pre>\n\(MarkupEscaping.text(text))</pre>\n"
        case .table(let table):
            table.html
        case .figure(let svg, _):
            "<figure>\n\(svg)</figure>\n"
        }
    }
}

extension ReportTable {
    /// An HTML table with escaped cells; numeric cells have class `number`.
    var html: String {
        func row(_ cells: [String], tag: String) -> String {
            "<tr>" + zip(cells, numeric).map { cell, isNumber in
                "<\(tag)\(isNumber ? " class=\"number\"" : "")>\(MarkupEscaping.text(cell))</\(tag)>"
            }.joined() + "</tr>\n"
        }
        return "<table>\n<thead>\n" + row(header, tag: "th") + "</thead>\n<tbody>\n"
            + rows.map { row($0, tag: "td") }.joined() + "</tbody>\n</table>\n"
    }
}
