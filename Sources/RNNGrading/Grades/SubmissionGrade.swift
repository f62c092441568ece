/// The grade of one student's submission to one assignment.
public struct SubmissionGrade: Sendable, Hashable, Codable {
    /// The student id (from the file, else its name), as written; sanitise before using it in a path.
    public var studentID: String
    /// The student's name: the roster's, else the file's `# name:` header, else the LMS
    /// download name's (Moodle); nil when none is known.
    public var name: String?
    /// The submission file, relative to the graded folder.
    public var file: String
    public var assignmentID: String
    /// One grade per rubric part, in rubric order.
    public var parts: [PartGrade]
    /// Why the whole file could not be read, if it could not; every part is then unanswered.
    public var loadError: String?
    /// Problems in the file that did not stop grading (unknown part ids, duplicates).
    public var warnings: [String]

    public init(studentID: String, file: String, assignmentID: String, parts: [PartGrade],
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
    public var total: Double { parts.reduce(0) { $0 + $1.points } }
    /// Points available over all parts.
    public var maxTotal: Double { parts.reduce(0) { $0 + $1.maxPoints } }
    /// Total as a percentage of the available points (0 when nothing is available).
    public var percent: Double { maxTotal > 0 ? 100 * total / maxTotal : 0 }
}
