import RNNGrading

/// A Canvas gradebook import file (Grades ▸ Import).
///
/// The layout Canvas's gradebook importer reads (its export has the same shape):
/// ```
/// Student,ID,SIS User ID,SIS Login ID,Section,Week 10: RNNs
/// Points Possible,,,,,10
/// 400101515,,400101515,,,7.5
/// ```
/// - Header: `Student`, `ID`, `SIS User ID`, `SIS Login ID`, `Section`, then the total column
///   (`LMSTotalColumn`). Canvas matches a column to an existing assignment by a trailing
///   numeric Canvas id (`Title (12345)`) or else by exact title, and creates a new assignment
///   for a title it does not know; rnngrade has no Canvas ids, so the column is the title.
/// - A second row whose first cell is `Points Possible` gives the column's maximum; Canvas uses
///   it for an assignment the import creates.
/// - One row per submission. Canvas finds the student by `ID`, `SIS User ID` or `SIS Login ID`;
///   the student id goes into `SIS User ID` (the institution's student number) and into
///   `Student` (the name is not known to rnngrade and Canvas does not match on it when an id
///   column is filled). `ID`, `SIS Login ID` and `Section` stay empty.
///
/// Read from Canvas's gradebook importer (`process_header`, the `Points Possible` row) and the
/// Canvas Community guide "How do I import grades in the Gradebook?".
public enum CanvasCSV {
    /// The import file for `batch`.
    public static func render(_ batch: BatchResult, pending: PendingPolicy = .autoOnly) -> String {
        let header = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", LMSTotalColumn.header(batch)]
        let pointsPossible = ["Points Possible", "", "", "", "", LMSTotalColumn.maxPoints(batch)]
        let rows = batch.submissions.map { submission in
            [submission.studentID, "", submission.studentID, "", "", LMSTotalColumn.score(submission, pending: pending)]
        }
        return CSVText.document([header, pointsPossible] + rows)
    }
}
