import RNNGrading

/// A Moodle grade import file (Grades ▸ Import ▸ CSV file).
///
/// The layout:
/// ```
/// ID number,Week 10: RNNs
/// 400101515,7.5
/// ```
/// - Header: the identifier column, named after the user field it holds (`ID number`), then the
///   total column (`LMSTotalColumn`).
/// - One row per student (every roster student with `--roster`, see `LMSRows`; else every
///   submission): the student id (the roster's id: Moodle's ID number, else the username or
///   e-mail the roster gave), then the points. No maximum row: Moodle would
///   read it as a student. Separator comma, decimal point `.`, UTF-8.
///
/// On import, choose "Identify user by": map from `ID number` to the user field of the same name
/// (Moodle matches on id, ID number, email address or username), and map the total column to
/// its grade item. Moodle reads an empty cell as "no grade", so unreadable and pending
/// cells post nothing.
///
/// Read from Moodle's CSV grade importer (`grade/import/csv/classes/load_data.php`,
/// `map_user_data_with_value` and its grade parsing) and its behat feature `grade_import.feature`.
package enum MoodleCSV {
    /// The import file for `batch`.
    package static func render(_ batch: BatchResult, pending: PendingPolicy = .autoOnly) -> String {
        let header = ["ID number", LMSTotalColumn.header(batch)]
        let rows = LMSRows.rows(batch, pending: pending).map { [$0.studentID, $0.score] }
        return CSVText.document([header] + rows)
    }
}
