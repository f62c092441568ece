import RNNGrading
import RNNMath

/// The TA's hand-grading sheet (`hand-grading.csv`), to fill in and merge back with
/// `grade --hand hand-grading.csv`.
///
/// Columns: `student`, `name`, `part`, `answer` (as the student wrote it), `look for` (the
/// rubric's criteria for the part), `max` (what the part is worth), `points`, `comment`. One
/// row per answered hand-graded part, by student then part. `points` and `comment` are empty
/// while the part is pending and hold the merged grade after a `--hand` run, so the file can
/// be filled in over several sittings.
package enum HandGradingCSV {
    /// The sheet for `batch`; `lookFor` maps part ids to their criteria.
    package static func render(_ batch: BatchResult, lookFor: [String: String]) -> String {
        let header = ["student", "name", "part", "answer", "look for", "max", "points", "comment"]
        let rows = HandGradingRows.rows(batch, lookFor: lookFor).map { row in
            [row.studentID, row.name ?? "", row.partID, row.answer, row.lookFor, DecimalText.string(row.maxPoints),
             row.graded.map { DecimalText.string($0.points) } ?? "", row.graded?.comment ?? ""]
        }
        return CSVText.document([header] + rows)
    }
}
