extension [ReportBlock] {
    /// The blocks as the body of an HTML page, every text escaped.
    var html: String {
        var out = ""
        out.reserveCapacity(8_192)
        for block in self { block.appendHTML(to: &out) }
        return out
    }
}

extension ReportBlock {
    /// Appends this block as HTML, ending with a newline.
    func appendHTML(to out: inout String) {
        switch self {
        case .heading(let level, let text):
            out += "<h\(level)>"
            out += MarkupEscaping.text(text)
            out += "</h\(level)>\n"
        case .paragraph(let text):
            out += "<p>"
            out += MarkupEscaping.text(text)
            out += "</p>\n"
        case .strong(let text, let cssClass):
            out += "<p"
            if let cssClass {
                out += " class=\""
                out += MarkupEscaping.attribute(cssClass)
                out += "\""
            }
            out += "><strong>"
            out += MarkupEscaping.text(text)
            out += "</strong></p>\n"
        case .list(let items):
            out += "<ul>\n"
            for item in items {
                out += "<li>"
                out += MarkupEscaping.text(item)
                out += "</li>\n"
            }
            out += "</ul>\n"
        case .code(let text):
            // HTML drops the newline right after <pre>, so a leading newline of the text survives.
            out += "<pre>\n"
            out += MarkupEscaping.text(text)
            out += "</pre>\n"
        case .table(let table):
            table.appendHTML(to: &out)
        case .figure(let svg, _):
            out += "<figure>\n"
            out += svg
            out += "</figure>\n"
        }
    }
}

extension ReportTable {
    /// Appends an HTML table with escaped cells; numeric cells have class `number`, a linked
    /// first cell holds `<a href="….html">`, and a sortable table has class `sortable`.
    func appendHTML(to out: inout String) {
        func row(_ cells: [String], tag: String, link: String?) {
            out += "<tr>"
            for (index, (cell, isNumber)) in zip(cells, numeric).enumerated() {
                out += "<\(tag)\(isNumber ? " class=\"number\"" : "")>"
                if index == 0, let link {
                    out += "<a href=\""
                    out += MarkupEscaping.attribute(link + ".html")
                    out += "\">"
                    out += MarkupEscaping.text(cell)
                    out += "</a>"
                } else {
                    out += MarkupEscaping.text(cell)
                }
                out += "</\(tag)>"
            }
            out += "</tr>\n"
        }
        out += sortable ? "<table class=\"sortable\">\n<thead>\n" : "<table>\n<thead>\n"
        row(header, tag: "th", link: nil)
        out += "</thead>\n<tbody>\n"
        for (index, cells) in rows.enumerated() { row(cells, tag: "td", link: rowLinks?[index]) }
        out += "</tbody>\n</table>\n"
    }
}
