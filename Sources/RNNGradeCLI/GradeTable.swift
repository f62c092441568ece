import RNNGrading
import RNNMath
import RNNReports

/// The short table `grade` prints for each assignment, with a line under it for every file
/// set aside (not an answer file, a duplicate passed over).
enum GradeTable {
    /// The one-line summary: `in5400-w10 — Week 10: 3 submissions, reports in out/in5400-w10/`
    /// (all that `--quiet` prints).
    static func title(_ batch: BatchResult, reports: String) -> String {
        "\(batch.assignmentID) — \(batch.assignmentTitle): \(batch.submissions.count) submission\(batch.submissions.count == 1 ? "" : "s"), reports in \(reports)/"
    }

    /// What the LMS exports post for students whose hand-graded parts await a TA, when there
    /// are any: `note: canvas.csv posts the auto-graded points so far for 3 students …`.
    static func pendingNote(_ batch: BatchResult, exports: [String], policy: PendingPolicy) -> String? {
        let waiting = batch.submissions.filter { $0.parts.contains { $0.verdict == .pending } }.count
        guard waiting > 0, !exports.isEmpty else { return nil }
        let what = switch policy {
        case .autoOnly: "the auto-graded points so far"
        case .blank: "no grade"
        case .zero: "0"
        }
        let students = waiting == 1 ? "1 student" : "\(waiting) students"
        let files = exports.count > 1 ? exports.dropLast().joined(separator: ", ") + " and " + exports[exports.count - 1] : exports.joined()
        return "  note: \(files) post\(exports.count == 1 ? "s" : "") \(what) for \(students) with parts still to grade by hand (--pending \(policy.rawValue))"
    }

    /// The title, then one row per submission, then the warnings.
    static func render(_ batch: BatchResult, reports: String) -> String {
        let header = ["student", "points", "%", "right", "partly", "wrong", "unread.", "blank", "by hand"]
        var rows: [[String]] = []
        let maxTotal = DecimalText.string(batch.maxTotal, maxFractionDigits: 2)
        for submission in batch.submissions {
            var counts: [Verdict: Int] = [:]
            for part in submission.parts { counts[part.verdict, default: 0] += 1 }
            let count = { (verdict: Verdict) in String(counts[verdict] ?? 0) }
            let points = submission.loadError == nil
                ? "\(DecimalText.string(submission.total, maxFractionDigits: 2))/\(maxTotal)" : "unreadable file"
            rows.append([submission.studentID, points, DecimalText.string(submission.percent, maxFractionDigits: 2), count(.correct), count(.partial),
                         count(.wrong), count(.unreadable), count(.unanswered), count(.pending)])
        }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                index == 0 ? cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
                           : String(repeating: " ", count: widths[index] - cell.count) + cell
            }.joined(separator: "  ")
        }
        let setAside = (batch.setAside ?? []).map { "  set aside: \($0.file): \($0.reason)" }
        let unlisted = batch.submissionsWithoutRosterEntry.map { "  not on the roster: \($0.studentID) (\($0.file)); no LMS export row" }
        let missing = batch.rosterStudentsWithoutSubmission.map { "  no submission: \($0.id) \($0.name); exports post 0" }
        return ([title(batch, reports: reports), "  " + line(header)] + rows.map { "  " + line($0) } + setAside + unlisted + missing)
            .joined(separator: "\n")
    }
}
