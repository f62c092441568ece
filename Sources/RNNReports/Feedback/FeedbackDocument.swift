import RNNGrading

/// The content of a student's feedback, shared by `FeedbackMarkdown` and `FeedbackHTML`.
///
/// A title, the file and total, the load error and warnings if any, then per part: a heading,
/// the verdict and points, the precision a numeric part needs, the answer as written, the
/// format error with its caret, the key
/// (where the part's `StudentView` shows it), the feedback sentences and the follow-through note.
enum FeedbackDocument {
    /// The blocks of `grade`'s feedback, with part titles from `batch`.
    static func blocks(_ grade: SubmissionGrade, in batch: BatchResult) -> [ReportBlock] {
        var blocks: [ReportBlock] = [
            .heading(level: 1, text: FeedbackWording.title(grade, in: batch)),
            .paragraph(FeedbackWording.file(grade)),
            .strong(FeedbackWording.total(grade), cssClass: nil),
        ]
        if let loadError = grade.loadError {
            blocks += [.paragraph(FeedbackWording.unreadableFile), .code(loadError)]
        }
        if !grade.warnings.isEmpty {
            blocks += [.heading(level: 2, text: FeedbackWording.warnings), .list(grade.warnings)]
        }
        for part in grade.parts {
            blocks += section(StudentView(released: part, in: batch), in: batch)
        }
        return blocks
    }

    private static func section(_ view: StudentView, in batch: BatchResult) -> [ReportBlock] {
        let part = view.grade
        var blocks: [ReportBlock] = [
            .heading(level: 2, text: FeedbackWording.partHeading(part, in: batch)),
            .strong(FeedbackWording.verdict(part), cssClass: "verdict \(part.verdict.rawValue)"),
        ]
        if let precision = batch.outline(part.partID)?.precision {
            blocks.append(.paragraph(FeedbackWording.precision(precision)))
        }
        blocks += [
            .paragraph("\(FeedbackWording.answer):"),
            part.answer.map(ReportBlock.code) ?? .paragraph(FeedbackWording.noAnswer),
        ]
        if let formatError = view.formatError {
            blocks += [.paragraph("\(FeedbackWording.formatError):"), .code(formatError)]
        }
        if let key = view.key {
            blocks += [.paragraph("\(FeedbackWording.key):"), .code(key)]
        }
        let notes = FeedbackWording.notes(view)
        if !notes.isEmpty {
            blocks.append(.list(notes))
        }
        return blocks
    }
}
