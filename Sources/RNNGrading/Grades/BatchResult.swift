/// A graded batch: the assignment's outline and every submission's grade, sorted by student id
/// then file so that reports are byte-identical whatever the order of grading.
public struct BatchResult: Sendable, Hashable, Codable {
    /// One part of the assignment as reports show it.
    public struct PartOutline: Sendable, Hashable, Codable {
        public var id: String
        public var title: String
        public var maxPoints: Double
        /// The answer kind (`number`, `choice`, `manual`, …).
        public var kind: String

        public init(id: String, title: String, maxPoints: Double, kind: String) {
            self.id = id
            self.title = title
            self.maxPoints = maxPoints
            self.kind = kind
        }
    }

    public var assignmentID: String
    public var assignmentTitle: String
    public var parts: [PartOutline]
    public var submissions: [SubmissionGrade]
    /// Files that make no row (not answers, passed-over duplicates), for the TA; nil when none.
    public var setAside: [SetAsideFile]?
    /// The class list the batch was graded with (`--roster`), if any.
    public var roster: Roster?

    public init(assignmentID: String, assignmentTitle: String, parts: [PartOutline], submissions: [SubmissionGrade],
                setAside: [SetAsideFile] = [], roster: Roster? = nil) {
        self.roster = roster
        self.assignmentID = assignmentID
        self.assignmentTitle = assignmentTitle
        self.parts = parts
        self.submissions = submissions.sorted { ($0.studentID, $0.file) < ($1.studentID, $1.file) }
        self.setAside = setAside.isEmpty ? nil : setAside.sorted { $0.file < $1.file }
    }

    /// Points available in the assignment.
    public var maxTotal: Double { parts.reduce(0) { $0 + $1.maxPoints } }
}
