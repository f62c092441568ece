import RNNGrading

/// A Canvas gradebook import file (Grades ▸ Import).
///
/// The layout Canvas's gradebook importer reads (its export has the same shape):
/// ```
/// Student,ID,SIS User ID,SIS Login ID,Section,Week 10: RNNs
/// Points Possible,,,,,10
/// 400101515,,400101515,,,7.5
/// ```
/// - Header: `Student`, `ID`, `SIS User ID`, `SIS Login ID`, `Section`, then the grade columns
///   (`LMSGradeColumns`). Canvas matches a column to an existing assignment by a trailing
///   numeric Canvas id (`Title (12345)`) or else by exact title, and creates a new assignment
///   for a title it does not know; rnngrade has no Canvas ids, so columns are titles.
/// - A second row whose first cell is `Points Possible` gives each column's maximum; Canvas uses
///   it for assignments the import creates.
/// - One row per submission. Canvas finds the student by `ID`, `SIS User ID` or `SIS Login ID`;
///   the student id goes into the column `identifier` names and into `Student` (the name is not
///   known to rnngrade and Canvas does not match on it when an id column is filled). `Section`
///   stays empty.
///
/// Read from Canvas's gradebook importer (`process_header`, the `Points Possible` row) and the
/// Canvas Community guide "How do I import grades in the Gradebook?".
public enum CanvasCSV {
    /// The Canvas column that carries rnngrade's student id.
    public enum Identifier: Sendable, Hashable, CaseIterable {
        /// `ID`: Canvas's own user id.
        case canvasUserID
        /// `SIS User ID`: the institution's student number.
        case sisUserID
        /// `SIS Login ID`: the institution's login name.
        case sisLoginID
    }

    /// The import file for `batch`.
    public static func render(_ batch: BatchResult, columns: LMSGradeColumns = .total,
                              identifier: Identifier = .sisUserID) -> String {
        let header = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"] + columns.headers(batch)
        let pointsPossible = ["Points Possible", "", "", "", ""] + columns.maxPoints(batch)
        let rows = batch.submissions.map { submission in
            let id = submission.studentID
            return [id,
                    identifier == .canvasUserID ? id : "",
                    identifier == .sisUserID ? id : "",
                    identifier == .sisLoginID ? id : "",
                    ""] + columns.scores(submission, in: batch)
        }
        return CSVText.document([header, pointsPossible] + rows)
    }
}
