/// One hand-graded part of one student, as a TA filled it in `hand-grading.csv`.
package struct HandGrade: Sendable, Hashable {
    /// The student id (the gradebook's `student` column).
    package var studentID: String
    /// The part id, `2.a`.
    package var partID: String
    /// The points the TA gave.
    package var points: Double
    /// The TA's comment for the student (may be empty).
    package var comment: String
    /// The row of the file (1-based, header included), for messages.
    package var row: Int

    /// A hand grade read from `row`.
    package init(studentID: String, partID: String, points: Double, comment: String, row: Int) {
        self.studentID = studentID
        self.partID = partID
        self.points = points
        self.comment = comment
        self.row = row
    }
}
