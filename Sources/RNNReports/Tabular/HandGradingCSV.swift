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
        var rows: [[String]] = []
        for submission in batch.submissions {
            for part in submission.parts {
                guard let outline = batch.outline(part.partID), outline.isHandGraded, let answer = part.answer else { continue }
                let pending = part.verdict == .pending
                rows.append([submission.studentID, submission.name ?? "", part.partID, answer, lookFor[part.partID] ?? "",
                             DecimalText.string(part.maxPoints), pending ? "" : DecimalText.string(part.points),
                             pending ? "" : part.feedback.joined(separator: " ")])
            }
        }
        return CSVText.document([header] + rows)
    }
}
