import RNNMath
/// The content of the class summary, shared by `SummaryMarkdown` and `SummaryHTML`: counts,
/// a table of students (each linked to their feedback page, sortable in HTML), a table of parts (mean points, share correct), the score histogram, the most common wrong
/// answers per part, pairs of students sharing wrong answers, and the unreadable submissions.
enum SummaryDocument {
    /// Stands in for a statistic over no submissions.
    private static let none = "–"

    /// The blocks of `summary`.
    static func blocks(_ summary: ClassSummary) -> [ReportBlock] {
        var blocks: [ReportBlock] = [
            .heading(level: 1, text: title(summary)),
            .paragraph("\(summary.assignmentID): \(summary.submissionCount) submission\(summary.submissionCount == 1 ? "" : "s"), \(summary.readableCount) readable, "
                + "\(summary.unreadable.count) unreadable. The statistics cover the readable submissions."),
            .heading(level: 2, text: "Students"),
            .table(studentsTable(summary)),
            .heading(level: 2, text: "Parts"),
            .table(partsTable(summary)),
            .heading(level: 2, text: "Score histogram"),
            .figure(svg: summary.histogram.svg, fallback: histogramTable(summary.histogram)),
            .heading(level: 2, text: "Most common wrong answers"),
        ]
        blocks += commonWrongAnswers(summary)
        blocks += sharedWrongAnswers(summary)
        blocks += VariantSummary.blocks(summary.family)
        blocks += unreadable(summary)
        return blocks
    }

    /// `Class summary — Week 10: Recurrent neural networks`.
    static func title(_ summary: ClassSummary) -> String {
        "Class summary — \(summary.assignmentTitle)"
    }

    /// Student, name, points, out of, percent, status; the student links to their feedback.
    private static func studentsTable(_ summary: ClassSummary) -> ReportTable {
        ReportTable(
            header: ["Student", "Name", "Points", "Out of", "Percent", "Status"],
            numeric: [false, false, true, true, true, false],
            rows: summary.students.map { student in
                [student.studentID, student.name ?? "", DecimalText.string(student.total), DecimalText.string(student.maxTotal),
                 DecimalText.percent(student.percent), status(student)]
            },
            rowLinks: summary.students.map { "feedback/\($0.feedbackName)" },
            sortable: true)
    }

    /// `graded`, `unreadable`, or `pending: 2.a, 2.b`.
    private static func status(_ student: ClassSummary.StudentRow) -> String {
        student.status == .pending ? "pending: \(student.pendingParts.joined(separator: ", "))" : student.status.rawValue
    }

    private static func partsTable(_ summary: ClassSummary) -> ReportTable {
        ReportTable(
            header: ["Part", "Title", "Points", "Mean", "Correct"],
            numeric: [false, false, true, true, true],
            rows: summary.parts.map { part in
                [part.id, part.title, DecimalText.string(part.maxPoints),
                 part.meanPoints.map { DecimalText.string($0, maxFractionDigits: 2) } ?? none,
                 part.shareCorrect.map { DecimalText.percent(100 * $0) } ?? none]
            })
    }

    private static func histogramTable(_ histogram: ScoreHistogram) -> ReportTable {
        ReportTable(
            header: ["Percent", "Submissions"],
            numeric: [false, true],
            rows: histogram.counts.enumerated().map { [ScoreHistogram.label(ofBin: $0), String($1)] })
    }

    private static func commonWrongAnswers(_ summary: ClassSummary) -> [ReportBlock] {
        let parts = summary.parts.filter { !$0.commonWrongAnswers.isEmpty }
        guard !parts.isEmpty else { return [.paragraph("No wrong answers.")] }
        return parts.flatMap { part -> [ReportBlock] in
            [.heading(level: 3, text: FeedbackWording.partHeading(id: part.id, title: part.title)),
             .table(ReportTable(header: ["Answer", "Count"], numeric: [false, true],
                                rows: part.commonWrongAnswers.map { [$0.answer, String($0.count)] }))]
        }
    }

    private static func sharedWrongAnswers(_ summary: ClassSummary) -> [ReportBlock] {
        let threshold = summary.sharedAnswerThreshold
        var blocks: [ReportBlock] = [
            .heading(level: 2, text: "Students sharing wrong answers"),
            .paragraph("Pairs of students who gave the same wrong or partly right answer to at least \(threshold) "
                + "auto-graded parts: a hint for a closer look, not proof."),
        ]
        if summary.sharedWrongAnswers.isEmpty {
            blocks.append(.paragraph("No pair shares \(threshold) or more."))
        } else {
            blocks.append(.table(ReportTable(
                header: ["Student", "Student", "Shared", "Parts"],
                numeric: [false, false, true, false],
                rows: summary.sharedWrongAnswers.map {
                    [$0.first.studentID, $0.second.studentID, String($0.partIDs.count), $0.partIDs.joined(separator: ", ")]
                })))
        }
        return blocks
    }

    private static func unreadable(_ summary: ClassSummary) -> [ReportBlock] {
        var blocks: [ReportBlock] = [.heading(level: 2, text: "Unreadable submissions")]
        if summary.unreadable.isEmpty {
            blocks.append(.paragraph("None."))
        }
        for entry in summary.unreadable {
            blocks += [.paragraph("\(entry.submission.studentID) (\(entry.submission.file)):"), .code(entry.error)]
        }
        return blocks
    }
}
