import RNNExpr

/// One student's answers to one assignment, read from a plain answer sheet or a submission XML
/// file by ``SubmissionReader``; both formats give the same value.
package struct Submission: Sendable, Hashable {
    /// The assignment id the file names (`# assignment: in5400-w10`), if it names one.
    package var assignmentID: String?
    /// The student id: the one the file states, else the file name's stem (see ``studentIDSource``);
    /// `nil` only when neither exists. Sanitise it before using it in a file name.
    package var studentID: String?
    /// Where ``studentID`` came from.
    package var studentIDSource: StudentIDSource
    /// The student's name, if the file gives one (`# name: Ada Lovelace`).
    package var studentName: String?
    /// The file name used in every location (`file:line:column`).
    package var file: String
    /// The answers in file order; a label answered twice keeps only its first answer.
    package var answers: [SubmittedAnswer]
    /// Problems that did not stop reading, each located in the file.
    package var warnings: [Diagnostic]

    /// Creates a submission.
    package init(
        assignmentID: String?, studentID: String?, studentIDSource: StudentIDSource, studentName: String?,
        file: String, answers: [SubmittedAnswer], warnings: [Diagnostic]
    ) {
        self.assignmentID = assignmentID
        self.studentID = studentID
        self.studentIDSource = studentIDSource
        self.studentName = studentName
        self.file = file
        self.answers = answers
        self.warnings = warnings
    }
}

/// Where a submission's student id came from.
package enum StudentIDSource: String, Sendable, Hashable {
    /// Stated in the file (`# student: 400101515`, `<submission student="…">`).
    case file
    /// Not stated: taken from the file name's stem (`400101515.txt` → `400101515`).
    case fileName
    /// Neither stated nor derivable (an empty file name).
    case none
}
