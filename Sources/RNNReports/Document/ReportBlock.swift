/// One block of a report document. Feedback and summaries are built once as blocks, then laid
/// out as Markdown (`ReportBlock+Markdown`) or HTML (`ReportBlock+HTML`), so the two files of a
/// pair always say the same thing. All text is raw; the layouts escape it.
enum ReportBlock: Sendable, Hashable {
    /// A heading of `level` 1…3.
    case heading(level: Int, text: String)
    /// A paragraph of running text.
    case paragraph(String)
    /// A bold line; in HTML its paragraph carries `cssClass` (a verdict's colour).
    case strong(String, cssClass: String?)
    /// A bulleted list.
    case list([String])
    /// Verbatim monospace text (answers, keys, errors with carets).
    case code(String)
    /// A table.
    case table(ReportTable)
    /// A drawing (inline SVG markup) in HTML; Markdown shows `fallback` instead.
    case figure(svg: String, fallback: ReportTable)
}

/// A table of text cells; numeric columns are right-aligned.
struct ReportTable: Sendable, Hashable {
    /// The column titles.
    var header: [String]
    /// Whether each column holds numbers.
    var numeric: [Bool]
    /// The rows, each as long as `header`.
    var rows: [[String]]
    /// Per row, a file the first cell links to, as a path without extension: each layout adds
    /// its own (the Markdown summary links to the Markdown feedback, the HTML one to the HTML),
    /// so each file links to its sibling. The paths are made of `FileNameSanitizer` names, so
    /// they need no escaping in either layout. Nil: no links.
    var rowLinks: [String]? = nil
    /// Whether the HTML table may be sorted by clicking a column title (`HTMLPage.sortingScript`).
    var sortable = false
}
