import RNNGrading
import RNNMath

/// The grade column of an import file for a learning management system (Canvas, Moodle): the
/// assignment total, named by the assignment title.
///
/// A submission whose parts are all graded posts its total (an unreadable file's total is 0,
/// and `gradebook.csv` says why). One whose hand-graded parts still await a TA posts what the
/// ``PendingPolicy`` says: the auto-graded points so far, nothing, or 0.
enum LMSTotalColumn {
    /// The column name: the assignment title.
    static func header(_ batch: BatchResult) -> String {
        batch.assignmentTitle
    }

    /// The points the column is out of.
    static func maxPoints(_ batch: BatchResult) -> String {
        DecimalText.string(batch.maxTotal)
    }

    /// The cell of one submission under `pending`.
    static func score(_ submission: SubmissionGrade, pending: PendingPolicy) -> String {
        guard submission.parts.contains(where: { $0.verdict == .pending }) else { return DecimalText.string(submission.total) }
        switch pending {
        case .autoOnly: return DecimalText.string(submission.total)
        case .blank: return ""
        case .zero: return "0"
        }
    }
}
