import RNNGrading

extension ClassSummary {
    /// One student in the summary's student table, linked to their feedback page.
    package struct StudentRow: Sendable, Hashable {
        /// The student id.
        package var studentID: String
        /// The name, when known.
        package var name: String?
        /// The feedback file's name without extension (`feedback/<name>.html`), as `ReportSet` writes it.
        package var feedbackName: String
        /// Points awarded (the auto-graded points so far while parts are pending).
        package var total: Double
        /// Points available.
        package var maxTotal: Double
        /// `total` as a percentage of `maxTotal`.
        package var percent: Double
        /// Graded, pending or unreadable.
        package var status: SubmissionStatus
        /// The parts awaiting a TA.
        package var pendingParts: [String]
    }

    /// One row per submission in batch order (student id, then file), with the feedback file
    /// names ``FileNameSanitizer/uniqueNames(for:)`` gives, so the links find the pages.
    static func studentRows(_ batch: BatchResult) -> [StudentRow] {
        let names = FileNameSanitizer.uniqueNames(for: batch.submissions.map(\.studentID))
        return zip(batch.submissions, names).map { submission, name in
            StudentRow(studentID: submission.studentID, name: submission.name, feedbackName: name,
                       total: submission.total, maxTotal: submission.maxTotal, percent: submission.percent,
                       status: submission.status, pendingParts: submission.pendingParts.map(\.partID))
        }
    }
}
