/// The grade of one student's submission to one assignment.
package struct SubmissionGrade: Sendable, Hashable, Codable {
    /// The student id (from the file, else its name), as written; sanitise before using it in a path.
    package var studentID: String
    /// The student's name: the roster's, else the file's `# name:` header, else the LMS
    /// download name's (Moodle); nil when none is known.
    package var name: String?
    /// The submission file, relative to the graded folder.
    package var file: String
    package var assignmentID: String
    /// One grade per rubric part, in rubric order.
    package var parts: [PartGrade]
    /// Why the whole file could not be read, if it could not; every part is then unanswered.
    package var loadError: String?
    /// Problems in the file that did not stop grading (unknown part ids, duplicates).
    package var warnings: [String]

    package init(studentID: String, file: String, assignmentID: String, parts: [PartGrade],
                loadError: String? = nil, warnings: [String] = [], name: String? = nil) {
        self.studentID = studentID
        self.name = name
        self.file = file
        self.assignmentID = assignmentID
        self.parts = parts
        self.loadError = loadError
        self.warnings = warnings
    }

    /// Points awarded over all parts.
    package var total: Double { parts.reduce(0) { $0 + $1.points } }
    /// Points available over all parts.
    package var maxTotal: Double { parts.reduce(0) { $0 + $1.maxPoints } }
    /// Total as a percentage of the available points (0 when nothing is available).
    package var percent: Double { maxTotal > 0 ? 100 * total / maxTotal : 0 }
}
