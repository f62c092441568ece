import RNNGrading

/// A student's feedback as Markdown (`feedback/<id>.md`): the content of `FeedbackDocument`,
/// with text from the student or the rubric escaped, and answers, keys and errors as fenced
/// code blocks kept verbatim.
package enum FeedbackMarkdown {
    /// The Markdown feedback for `grade`, with part titles from `batch`.
    package static func render(_ grade: SubmissionGrade, in batch: BatchResult) -> String {
        render(blocks: FeedbackDocument.blocks(grade, in: batch))
    }

    /// The Markdown of feedback already laid out as blocks.
    static func render(blocks: [ReportBlock]) -> String {
        blocks.markdown
    }
}
