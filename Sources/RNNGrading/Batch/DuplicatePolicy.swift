/// Which submission counts when several files claim one student (a resubmission, `.txt` and
/// `.xml` side by side, two files in one folder): `--duplicates`.
package enum DuplicatePolicy: String, Sendable, Hashable, CaseIterable, Codable {
    /// The most recently modified file counts (ties: the last by name), as an LMS keeps the
    /// last resubmission. The default.
    case latest
    /// The earliest modified file counts (ties: the first by name): a deadline's first upload.
    case first
    /// No file counts: each becomes an unreadable row saying which files collide, for the TA
    /// to remove all but one and grade again.
    case error

    /// Among `candidates` (indices with their modification times and names), the one that
    /// counts, or nil under ``error``.
    func keep(_ candidates: [(index: Int, modified: Double, name: String)]) -> Int? {
        let ordered = candidates.sorted { ($0.modified, $0.name) < ($1.modified, $1.name) }
        switch self {
        case .latest: return ordered.last?.index
        case .first: return ordered.first?.index
        case .error: return nil
        }
    }
}
