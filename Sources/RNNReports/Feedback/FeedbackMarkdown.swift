import RNNGrading

/// A student's feedback as Markdown (`feedback/<id>.md`).
///
/// The layout: a title, the file and total, the load error and warnings if any, then one
/// section per part with the verdict and points, the answer as written, the key (only when
/// `PartGrade.key` is set: the caller decides whether the key may be shown), the format error
/// with its caret, the feedback sentences and the follow-through note. Text from the student or
/// the rubric is escaped; answers, keys and errors are fenced code blocks, kept verbatim.
public enum FeedbackMarkdown {
    /// The Markdown feedback for `grade`, with part titles from `batch`.
    public static func render(_ grade: SubmissionGrade, in batch: BatchResult) -> String {
        var out = "# \(MarkdownEscaping.inline(FeedbackWording.title(grade, in: batch)))\n\n"
        out += "\(MarkdownEscaping.inline(FeedbackWording.file(grade)))\\\n"
        out += "**\(MarkdownEscaping.inline(FeedbackWording.total(grade)))**\n"
        if let loadError = grade.loadError {
            out += "\n\(FeedbackWording.unreadableFile)\n\n\(MarkdownEscaping.codeBlock(loadError))"
        }
        if !grade.warnings.isEmpty {
            out += "\n## \(FeedbackWording.warnings)\n\n"
            out += grade.warnings.map { "- \(MarkdownEscaping.inline($0))\n" }.joined()
        }
        for part in grade.parts {
            out += "\n" + section(part, in: batch)
        }
        return out
    }

    private static func section(_ part: PartGrade, in batch: BatchResult) -> String {
        var out = "## \(MarkdownEscaping.inline(FeedbackWording.partHeading(part, in: batch)))\n\n"
        out += "**\(MarkdownEscaping.inline(FeedbackWording.verdict(part)))**\n\n"
        out += "\(FeedbackWording.answer):\n\n"
        out += part.answer.map(MarkdownEscaping.codeBlock) ?? "\(MarkdownEscaping.inline(FeedbackWording.noAnswer))\n"
        if let formatError = part.formatError {
            out += "\n\(FeedbackWording.formatError):\n\n\(MarkdownEscaping.codeBlock(formatError))"
        }
        if let key = part.key {
            out += "\n\(FeedbackWording.key):\n\n\(MarkdownEscaping.codeBlock(key))"
        }
        let notes = FeedbackWording.notes(part)
        if !notes.isEmpty {
            out += "\n" + notes.map { "- \(MarkdownEscaping.inline($0))\n" }.joined()
        }
        return out
    }
}
