/// A graded batch: the assignment's outline and every submission's grade, sorted by student id
/// then file so that reports are byte-identical whatever the order of grading.
package struct BatchResult: Sendable, Hashable, Codable {
    /// One part of the assignment as reports show it.
    package struct PartOutline: Sendable, Hashable, Codable {
        package var id: String
        package var title: String
        package var maxPoints: Double
        /// The answer kind (`number`, `choice`, `manual`, …).
        package var kind: String
        /// The precision a numeric part asks for, in words (`3 significant figures`); nil for other kinds.
        package var precision: String?

        package init(id: String, title: String, maxPoints: Double, kind: String, precision: String? = nil) {
            self.precision = precision
            self.id = id
            self.title = title
            self.maxPoints = maxPoints
            self.kind = kind
        }
    }

    package var assignmentID: String
    package var assignmentTitle: String
    package var parts: [PartOutline]
    package var submissions: [SubmissionGrade]
    /// Files that make no row (not answers, passed-over duplicates), for the TA; nil when none.
    package var setAside: [SetAsideFile]?
    /// The class list the batch was graded with (`--roster`), if any.
    package var roster: Roster?

    package init(assignmentID: String, assignmentTitle: String, parts: [PartOutline], submissions: [SubmissionGrade],
                setAside: [SetAsideFile] = [], roster: Roster? = nil) {
        self.roster = roster
        self.assignmentID = assignmentID
        self.assignmentTitle = assignmentTitle
        self.parts = parts
        self.submissions = submissions.sorted { ($0.studentID, $0.file) < ($1.studentID, $1.file) }
        self.setAside = setAside.isEmpty ? nil : setAside.sorted { $0.file < $1.file }
    }

    /// Points available in the assignment.
    package var maxTotal: Double { parts.reduce(0) { $0 + $1.maxPoints } }
}
