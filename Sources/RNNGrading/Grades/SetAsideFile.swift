/// A file of the submissions folder that makes no row of the reports, and why: not an answer
/// file (an image, a PDF), or a duplicate that the ``DuplicatePolicy`` passed over. Only the
/// TA's reports list these; no student sees them.
package struct SetAsideFile: Sendable, Hashable, Codable {
    /// The file, relative to the graded folder.
    package var file: String
    /// Why it was not graded: `a PDF`, `superseded by b.txt (--duplicates latest)`.
    package var reason: String

    /// A file set aside for `reason`.
    package init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }
}
