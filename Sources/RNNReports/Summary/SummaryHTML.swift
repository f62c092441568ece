/// The class summary as a self-contained HTML page (`summary.html`): the content of
/// `SummaryDocument`, with the histogram drawn as inline SVG, every text escaped, inline CSS,
/// and the one inline script that sorts the student table (the page reads the same without it).
package enum SummaryHTML {
    /// The HTML summary page of `summary`.
    package static func render(_ summary: ClassSummary) -> String {
        HTMLPage.render(title: SummaryDocument.title(summary), body: SummaryDocument.blocks(summary).html,
                        script: HTMLPage.sortingScript)
    }
}
