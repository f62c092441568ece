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
///   else `SIS Login ID`, else by `Student` equal to the user's name or sortable name
///   (`White, Carol`); a row it cannot match is listed for the instructor to assign or skip.
///   With a roster every roster student has a row with all five filled from the roster.
///   Without one, each submission has a row: a file Canvas's bulk download named
///   (`whitecarol_98765_…`) carries that Canvas user id in `ID`; any other id goes in
///   `SIS User ID` and never in `ID`, where Canvas would read it as a user id of its own.
///
/// Read from Canvas's gradebook importer, `app/models/gradebook_importer.rb` in
/// https://github.com/instructure/canvas-lms (`update_column_count`, `process_student`,
/// `check_for_non_student_row`, `process_pp`) and `Assignment.title_and_id`
/// (`app/models/assignment.rb`); docs/reports.md lists the rules.
package enum CanvasCSV {
    /// The import file for `batch`.
    package static func render(_ batch: BatchResult, pending: PendingPolicy = .autoOnly, assignment: CanvasAssignment? = nil) -> String {
        let header = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", assignment?.header ?? LMSTotalColumn.header(batch)]
        let pointsPossible = ["Points Possible", "", "", "", "", LMSTotalColumn.maxPoints(batch)]
        let files = Dictionary(batch.submissions.map { ($0.studentID, $0.file) }) { first, _ in first }
        let rows = LMSRows.rows(batch, pending: pending).map { row in
            let name = row.name ?? row.studentID
            if let entry = row.entry {
                return [name, entry.lmsUserID ?? "", row.studentID, entry.login ?? "", entry.section ?? "", row.score]
            }
            let canvasUserID = files[row.studentID].map { isCanvasDownload($0, of: row.studentID) } ?? false
            return [name, canvasUserID ? row.studentID : "", canvasUserID ? "" : row.studentID, "", "", row.score]
        }
        return CSVText.document([header, pointsPossible] + rows)
    }

    /// Whether `file` (relative to the class folder) has a component that Canvas's bulk
    /// download named for user `id`, so that `id` is a Canvas user id.
    private static func isCanvasDownload(_ file: String, of id: String) -> Bool {
        file.split(separator: "/").contains { component in
            LMSDownloadName.recognise(String(component)).map { $0.lms == "Canvas" && $0.studentID == id } ?? false
        }
    }
}
