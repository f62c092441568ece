import RNNGrading

/// The students an LMS export has a row for, with the cell each gets: with a roster, every
/// roster student in the roster's order (one with no submission gets 0, as a missing hand-in
/// earns nothing; `grade` lists them); without one, every submission.
enum LMSRows {
    /// One row: the roster entry (nil without a roster), the submission's student id and
    /// name, and the grade cell.
    struct Row {
        var entry: RosterEntry?
        var studentID: String
        var name: String?
        var score: String
    }

    /// The rows of `batch` under `pending`.
    static func rows(_ batch: BatchResult, pending: PendingPolicy) -> [Row] {
        guard let roster = batch.roster else {
            return batch.submissions.map { Row(entry: nil, studentID: $0.studentID, name: $0.name, score: LMSTotalColumn.score($0, pending: pending)) }
        }
        let byID = Dictionary(batch.submissions.map { ($0.studentID, $0) }) { first, _ in first }
        return roster.entries.map { entry in
            Row(entry: entry, studentID: entry.id, name: entry.name, score: byID[entry.id].map { LMSTotalColumn.score($0, pending: pending) } ?? "0")
        }
    }
}
