/// One hand-graded part of one student, as a TA filled it in `hand-grading.csv`.
public struct HandGrade: Sendable, Hashable {
    /// The student id (the gradebook's `student` column).
    public var studentID: String
    /// The part id, `2.a`.
    public var partID: String
    /// The points the TA gave.
    public var points: Double
    /// The TA's comment for the student (may be empty).
    public var comment: String
    /// The row of the file (1-based, header included), for messages.
    public var row: Int

    /// A hand grade read from `row`.
    public init(studentID: String, partID: String, points: Double, comment: String, row: Int) {
        self.studentID = studentID
        self.partID = partID
        self.points = points
        self.comment = comment
        self.row = row
    }
}
