import Foundation
import RNNGrading

/// One check as it is recorded: who, which assignment, when, what they sent and the verdicts.
package struct Attempt: Sendable, Hashable {
    /// The student's id, or `anonymous`.
    package var student: String
    /// The assignment id.
    package var assignment: String
    /// When the check was made.
    package var time: Date
    /// Per part, its verdict (`1.a` → `correct`).
    package var verdicts: [String: String]
    /// The auto-graded points the answers earned.
    package var points: Double
    /// The answers as sent: the answer sheet composed from the form, or the uploaded file as text.
    package var answers: String

    /// The attempt of `visitor` whose answers earned `grade`.
    package init(visitor: Visitor, grade: SubmissionGrade, answers: String, time: Date) {
        student = visitor.recordedID
        assignment = grade.assignmentID
        self.time = time
        verdicts = Dictionary(grade.parts.map { ($0.partID, $0.verdict.rawValue) }, uniquingKeysWith: { first, _ in first })
        points = grade.total
        self.answers = answers
    }

    /// Creates an attempt from its stored fields.
    package init(student: String, assignment: String, time: Date, verdicts: [String: String], points: Double, answers: String) {
        self.student = student
        self.assignment = assignment
        self.time = time
        self.verdicts = verdicts
        self.points = points
        self.answers = answers
    }
}
