/// The class summary as Markdown (`summary.md`): the content of `SummaryDocument`, with the
/// histogram as a table of bins (Markdown viewers do not draw inline SVG).
package enum SummaryMarkdown {
    /// The Markdown summary of `summary`.
    package static func render(_ summary: ClassSummary) -> String {
        SummaryDocument.blocks(summary).markdown
    }
}
