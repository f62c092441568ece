import RNNGrading
import RNNMath

/// The gradebook (`gradebook.csv`): one row per submission, for the TA's own records.
///
/// Columns: `student`, `name` (from the roster, else the file's `# name:`; empty when unknown),
/// `file`, one column per part (named by part id) with the points awarded,
/// `total`, `percent`, `status`. A pending (hand-graded) part's cell is empty until a TA scores
/// it. `status` is `graded`, `pending: 3.a, 3.b` when parts await a TA, or
/// `unreadable file: <error>` when the file could not be read (its parts then show 0), followed
/// by the submission's warnings (`; warning: …`: unknown part labels, two files for one student).
/// Points have at most 4 decimals and percentages at most 2 (`DecimalText`); quoting and
/// formula defusing follow `CSVText`.
package enum GradebookCSV {
    /// The gradebook for `batch`, rows in the batch's order (student id, then file).
    package static func render(_ batch: BatchResult) -> String {
        let header = ["student", "name", "file"] + batch.parts.map(\.id) + ["total", "percent", "status"]
        let rows = batch.submissions.map { submission in
            [submission.studentID, submission.name ?? "", submission.file]
                + batch.parts.map { pointsCell(submission.part($0.id)) }
                + [DecimalText.string(submission.total),
                   DecimalText.string(submission.percent, maxFractionDigits: 2),
                   status(submission)]
        }
        return CSVText.document([header] + rows)
    }

    private static func pointsCell(_ part: PartGrade?) -> String {
        guard let part, part.verdict != .pending else { return "" }
        return DecimalText.string(part.points)
    }

    private static func status(_ submission: SubmissionGrade) -> String {
        if let loadError = submission.loadError {
            return "unreadable file: \(loadError)"
        }
        let pending = submission.parts.filter { $0.verdict == .pending }.map(\.partID)
        let state = pending.isEmpty ? "graded" : "pending: \(pending.joined(separator: ", "))"
        return ([state] + submission.warnings.map { "warning: \($0)" }).joined(separator: "; ")
    }
}
