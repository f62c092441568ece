import RNNGrading
import RNNMath

/// The short table `grade` prints for each assignment, with a warning under it for every
/// student id that several files claim.
enum GradeTable {
    static func render(_ batch: BatchResult, reports: String) -> String {
        let header = ["student", "points", "%", "right", "partly", "wrong", "unread.", "blank", "by hand"]
        var rows: [[String]] = []
        let maxTotal = DecimalText.string(batch.maxTotal, maxFractionDigits: 2)
        for submission in batch.submissions {
            var counts: [Verdict: Int] = [:]
            for part in submission.parts { counts[part.verdict, default: 0] += 1 }
            let count = { (verdict: Verdict) in String(counts[verdict] ?? 0) }
            let points = submission.loadError == nil
                ? "\(DecimalText.string(submission.total, maxFractionDigits: 2))/\(maxTotal)" : "unreadable file"
            rows.append([submission.studentID, points, DecimalText.string(submission.percent, maxFractionDigits: 2), count(.correct), count(.partial),
                         count(.wrong), count(.unreadable), count(.unanswered), count(.pending)])
        }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                index == 0 ? cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
                           : String(repeating: " ", count: widths[index] - cell.count) + cell
            }.joined(separator: "  ")
        }
        let title = "\(batch.assignmentID) — \(batch.assignmentTitle): \(batch.submissions.count) submission\(batch.submissions.count == 1 ? "" : "s"), reports in \(reports)/"
        let shared = BatchGrading.sharedIDs(in: batch.submissions).sorted { $0.key < $1.key }
            .map { "  warning: " + BatchGrading.sharedIDWarning($0.key, files: $0.value) }
        return ([title, "  " + line(header)] + rows.map { "  " + line($0) } + shared).joined(separator: "\n")
    }
}
