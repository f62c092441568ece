import RNNGrading

/// A student's feedback as a self-contained HTML page (`feedback/<id>.html`).
///
/// The content of `FeedbackDocument`; every piece of text is escaped (an answer `<script>`
/// shows as text), answers, keys and format errors are `<pre>` blocks so carets stay under the
/// character they point at, and the page has inline CSS only: no scripts, no links.
package enum FeedbackHTML {
    /// The HTML feedback page for `grade`, with part titles from `batch`.
    package static func render(_ grade: SubmissionGrade, in batch: BatchResult) -> String {
        render(blocks: FeedbackDocument.blocks(grade, in: batch), title: FeedbackWording.title(grade, in: batch))
    }

    /// The page of feedback already laid out as blocks.
    static func render(blocks: [ReportBlock], title: String) -> String {
        HTMLPage.render(title: title, body: blocks.html)
    }
}
