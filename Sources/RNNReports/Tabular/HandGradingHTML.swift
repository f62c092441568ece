import RNNGrading
import RNNMath

/// The TA's reading view of the hand grading (`hand-grading.html`, beside `hand-grading.csv`):
/// per hand-graded part, what to look for, then a table of every answer with its student and
/// the points and comment so far. The TA reads here and types into the CSV, which `grade
/// --hand` merges; the page has no form and no script.
package enum HandGradingHTML {
    /// The page for `batch`; `lookFor` maps part ids to their criteria.
    package static func render(_ batch: BatchResult, lookFor: [String: String]) -> String {
        let title = "Hand grading — \(batch.assignmentTitle)"
        return HTMLPage.render(title: title, body: blocks(batch, lookFor: lookFor, title: title).html)
    }

    private static func blocks(_ batch: BatchResult, lookFor: [String: String], title: String) -> [ReportBlock] {
        let rows = HandGradingRows.rows(batch, lookFor: lookFor)
        let waiting = rows.filter { $0.graded == nil }.count
        var blocks: [ReportBlock] = [
            .heading(level: 1, text: title),
            .paragraph("\(rows.count) answer\(rows.count == 1 ? "" : "s") to grade by hand, \(waiting) still pending. "
                + "Type the points and a comment for each into hand-grading.csv (columns points and comment), "
                + "then merge them by running: rnngrade grade RUBRIC SUBMISSIONS --hand hand-grading.csv"),
        ]
        for part in batch.parts where part.isHandGraded {
            let answers = rows.filter { $0.partID == part.id }
            blocks.append(.heading(level: 2, text: "\(FeedbackWording.partHeading(id: part.id, title: part.title)) (\(DecimalText.points(part.maxPoints)))"))
            if let criteria = lookFor[part.id], !criteria.isEmpty {
                blocks.append(.paragraph("Look for: \(criteria)"))
            }
            guard !answers.isEmpty else {
                blocks.append(.paragraph("No answers."))
                continue
            }
            blocks.append(.table(ReportTable(
                header: ["Student", "Name", "Answer", "Points (of \(DecimalText.string(part.maxPoints)))", "Comment"],
                numeric: [false, false, false, true, false],
                rows: answers.map { row in
                    [row.studentID, row.name ?? "", row.answer, row.graded.map { DecimalText.string($0.points) } ?? "", row.graded?.comment ?? ""]
                })))
        }
        return blocks
    }
}
