import RNNGrading
import RNNMath

/// The grade column of an import file for a learning management system (Canvas, Moodle): the
/// assignment total, named by the assignment title.
///
/// A cell is left empty, so that the import posts no grade, when the submission's file could
/// not be read or when one of its parts still awaits a TA (the `gradebook.csv` says why):
/// rnngrade never posts a silent zero.
enum LMSTotalColumn {
    /// The column name: the assignment title.
    static func header(_ batch: BatchResult) -> String {
        batch.assignmentTitle
    }

    /// The points the column is out of.
    static func maxPoints(_ batch: BatchResult) -> String {
        DecimalText.string(batch.maxTotal)
    }

    /// The cell of one submission: its total, or empty when it cannot be posted yet.
    static func score(_ submission: SubmissionGrade) -> String {
        let postable = submission.loadError == nil && !submission.parts.contains { $0.verdict == .pending }
        return postable ? DecimalText.string(submission.total) : ""
    }
}
