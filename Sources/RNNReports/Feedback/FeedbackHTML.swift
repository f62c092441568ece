import RNNGrading

/// A student's feedback as a self-contained HTML page (`feedback/<id>.html`).
///
/// The same content and order as `FeedbackMarkdown`; every piece of text is escaped (an answer
/// `<script>` shows as text), answers, keys and format errors are `<pre>` blocks so carets stay
/// under the character they point at, and the page has inline CSS only: no scripts, no links.
public enum FeedbackHTML {
    /// The HTML feedback page for `grade`, with part titles from `batch`.
    public static func render(_ grade: SubmissionGrade, in batch: BatchResult) -> String {
        let title = FeedbackWording.title(grade, in: batch)
        var body = "<h1>\(MarkupEscaping.text(title))</h1>\n"
        body += "<p>\(MarkupEscaping.text(FeedbackWording.file(grade)))<br>\n"
        body += "<strong>\(MarkupEscaping.text(FeedbackWording.total(grade)))</strong></p>\n"
        if let loadError = grade.loadError {
            body += "<p>\(MarkupEscaping.text(FeedbackWording.unreadableFile))</p>\n\(pre(loadError))"
        }
        if !grade.warnings.isEmpty {
            body += "<h2>\(FeedbackWording.warnings)</h2>\n\(list(grade.warnings))"
        }
        for part in grade.parts {
            body += section(part, in: batch)
        }
        return HTMLPage.render(title: title, body: body)
    }

    private static func section(_ part: PartGrade, in batch: BatchResult) -> String {
        var out = "<section class=\"part \(part.verdict.rawValue)\">\n"
        out += "<h2>\(MarkupEscaping.text(FeedbackWording.partHeading(part, in: batch)))</h2>\n"
        out += "<p class=\"verdict\">\(MarkupEscaping.text(FeedbackWording.verdict(part)))</p>\n"
        out += "<p>\(FeedbackWording.answer):</p>\n"
        out += part.answer.map(pre) ?? "<p>\(MarkupEscaping.text(FeedbackWording.noAnswer))</p>\n"
        if let formatError = part.formatError {
            out += "<p>\(FeedbackWording.formatError):</p>\n\(pre(formatError))"
        }
        if let key = part.key {
            out += "<p>\(FeedbackWording.key):</p>\n\(pre(key))"
        }
        let notes = FeedbackWording.notes(part)
        if !notes.isEmpty {
            out += list(notes)
        }
        return out + "</section>\n"
    }

    /// A `<pre>` block; the newline after the tag is the one HTML drops, so a leading newline
    /// of `text` survives.
    private static func pre(_ text: String) -> String {
        "<pre>\n\(MarkupEscaping.text(text))</pre>\n"
    }

    private static func list(_ items: [String]) -> String {
        "<ul>\n" + items.map { "<li>\(MarkupEscaping.text($0))</li>\n" }.joined() + "</ul>\n"
    }
}
