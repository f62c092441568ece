import RNNGrading

/// A score sheet for a Gradescope course (`gradescope.csv`, `grade --gradescope-csv`).
///
/// The layout:
/// ```
/// Name,Email,SID,Week 10: RNNs
/// Carol White,cwhite@example.edu,400101515,7.5
/// ```
/// - Header row, every column named: Gradescope's roster import asks that "each column in your
///   CSV has a header", and matches students by `Email` (unique per student), with the full
///   name in one `Name` column and the student id in `SID`
///   (https://help.gradescope.com/article/w59nl02vyt-instructor-course-add-members and
///   https://guides.gradescope.com/hc/en-us/articles/21926598776333).
/// - Then the grade column, named by the assignment title (`LMSTotalColumn`), out of the
///   points the rubric is worth.
/// - One row per student as in the other LMS exports (`LMSRows`): with `--roster`, every roster
///   student (0 without a submission) with the roster's e-mail; without one, every submission,
///   `Email` empty.
/// - UTF-8, which Gradescope asks for when names have accents (`--csv-bom` adds the byte
///   order mark Excel wants).
///
/// Gradescope documents no import of an assignment's scores from CSV (only the roster upload
/// and score exports), so this is a score sheet for a TA to enter or compare scores by e-mail or
/// SID, not a verified import file; docs/gradescope.md says so and how it is used.
package enum GradescopeCSV {
    /// The score sheet for `batch`.
    package static func render(_ batch: BatchResult, pending: PendingPolicy = .autoOnly) -> String {
        let header = ["Name", "Email", "SID", LMSTotalColumn.header(batch)]
        let rows = LMSRows.rows(batch, pending: pending).map { row in
            [row.name ?? row.studentID, row.entry?.email ?? "", row.studentID, row.score]
        }
        return CSVText.document([header] + rows)
    }
}
