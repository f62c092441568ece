import RNNGrading

/// A Canvas gradebook import file (Grades ▸ Import).
///
/// The layout Canvas's gradebook importer reads (its export has the same shape):
/// ```
/// Student,ID,SIS User ID,SIS Login ID,Section,Homework 3 (4455)
/// Points Possible,,,,,10
/// "White, Carol",98765,400101515,cwhite,Section A,7.5
/// ```
/// - Header: `Student`, `ID`, `SIS User ID`, `SIS Login ID`, `Section`, then the grade column.
///   Canvas matches a grade column to an existing assignment by a trailing Canvas assignment
///   id in parentheses (`Title (4455)`), else by exact title, and creates a new assignment for
///   a title it does not know; so give `--canvas-assignment "Homework 3:4455"`, and the column
///   is named `Homework 3 (4455)`. Without it the column is the rubric's title.
/// - A second row whose first cell is `Points Possible` gives the column's maximum (Canvas
///   uses it for an assignment the import creates).
/// - One row per student. Canvas finds the student by `ID` (its user id), else `SIS User ID`,
///   else `SIS Login ID`; it does not match on `Student` (the name) or `Section`. With a roster
///   every roster student has a row with all five filled from the roster; without one, each
///   submission has a row with the student id in `SIS User ID` and the name (or the id) in
///   `Student`.
///
/// Read from Canvas's gradebook importer (`GradebookImporter`, its `process_header` and
/// student lookup by id, SIS user id and login) and the Canvas guide "How do I import grades
/// in the Gradebook?".
package enum CanvasCSV {
    /// The import file for `batch`.
    package static func render(_ batch: BatchResult, pending: PendingPolicy = .autoOnly, assignment: CanvasAssignment? = nil) -> String {
        let header = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", assignment?.header ?? LMSTotalColumn.header(batch)]
        let pointsPossible = ["Points Possible", "", "", "", "", LMSTotalColumn.maxPoints(batch)]
        let rows = LMSRows.rows(batch, pending: pending).map { row in
            [row.name ?? row.studentID, row.entry?.lmsUserID ?? "", row.studentID, row.entry?.login ?? "", row.entry?.section ?? "", row.score]
        }
        return CSVText.document([header, pointsPossible] + rows)
    }
}
