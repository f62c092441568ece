import Foundation
import RNNReports

/// The attempts as CSV for the instructor (`rnngrade attempts export`): one row per check,
/// `time,student,assignment,points,verdicts,answers`, time in UTC ISO 8601 with milliseconds,
/// verdicts as `part=verdict` pairs separated by `;`, sorted by part id.
package enum AttemptExport {
    /// The CSV document of `attempts`, header first.
    package static func csv(_ attempts: [Attempt]) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        formatter.timeZone = TimeZone(identifier: "UTC")
        let rows = attempts.map { attempt in
            [formatter.string(from: attempt.time), attempt.student, attempt.assignment,
             String(attempt.points),
             attempt.verdicts.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ";"),
             attempt.answers]
        }
        return CSVText.document([["time", "student", "assignment", "points", "verdicts", "answers"]] + rows)
    }
}
