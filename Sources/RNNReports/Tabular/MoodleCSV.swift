import RNNGrading

/// A Moodle grade import file (Grades ▸ Import ▸ CSV file).
///
/// The layout:
/// ```
/// ID number,Week 10: RNNs
/// 400101515,7.5
/// ```
/// - Header: one identifier column named after the user field it holds (`ID number`,
///   `Email address` or `Username`), then the grade columns (`LMSGradeColumns`).
/// - One row per submission: the student id, then the points. No maximum row: Moodle would
///   read it as a student. Separator comma, decimal point `.`, UTF-8.
///
/// On import, choose "Identify user by": map from the identifier column to the user field of the
/// same name (Moodle matches on id, ID number, email address or username), and map each grade
/// column to its grade item. Moodle reads an empty cell as "no grade", so unreadable and pending
/// cells post nothing.
///
/// Read from Moodle's CSV grade importer (`grade/import/csv/classes/load_data.php`,
/// `map_user_data_with_value` and its grade parsing) and its behat feature `grade_import.feature`.
public enum MoodleCSV {
    /// The Moodle user field that rnngrade's student id matches.
    public enum Identifier: String, Sendable, Hashable, CaseIterable {
        /// The institution's id number.
        case idNumber = "ID number"
        /// The user's email address.
        case email = "Email address"
        /// The Moodle user name.
        case username = "Username"
    }

    /// The import file for `batch`.
    public static func render(_ batch: BatchResult, columns: LMSGradeColumns = .total,
                              identifier: Identifier = .idNumber) -> String {
        let header = [identifier.rawValue] + columns.headers(batch)
        let rows = batch.submissions.map { [$0.studentID] + columns.scores($0, in: batch) }
        return CSVText.document([header] + rows)
    }
}
