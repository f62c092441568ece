import RNNGrading

/// A small graded batch written by hand: a correct, partial, wrong, follow-through, pending,
/// unreadable-answer and unreadable-file case, and a student id that tries CSV and HTML tricks.
enum Fixtures {
    static let evilID = "=cmd()|\"x\",y"
    static let script = "<script>alert(1)</script>"
    static let formatError = """
        error: expected a number
         --> evil.txt:3:9
        3 | 1.b = 1,,2
          |         ^ expected a number
        """

    static let parts = [
        BatchResult.PartOutline(id: "1.a", title: "Compute ŷ₂.", maxPoints: 1, kind: "number"),
        BatchResult.PartOutline(id: "1.b", title: "Compute L.", maxPoints: 2, kind: "number"),
        BatchResult.PartOutline(id: "1.d", title: "Compute ∂L/∂W_h.", maxPoints: 2, kind: "number"),
        BatchResult.PartOutline(id: "2.a", title: "Explain weight sharing.", maxPoints: 1, kind: "manual"),
    ]

    static let first = SubmissionGrade(studentID: "400101", file: "400101.txt", assignmentID: "w10", parts: [
        PartGrade(partID: "1.a", maxPoints: 1, points: 1, verdict: .correct, answer: "6", key: "6"),
        PartGrade(partID: "1.b", maxPoints: 2, points: 1, verdict: .partial,
                  feedback: ["You forgot to square the error."], answer: "10", key: "20", mistake: "unsquared"),
        PartGrade(partID: "1.d", maxPoints: 2, points: 0, verdict: .wrong, answer: "4", key: "8"),
        PartGrade(partID: "2.a", maxPoints: 1, points: 0, verdict: .pending, answer: "An RNN shares weights."),
    ])

    static let second = SubmissionGrade(studentID: "400102", file: "400102.txt", assignmentID: "w10", parts: [
        PartGrade(partID: "1.a", maxPoints: 1, points: 0, verdict: .wrong, feedback: ["The key is not 5."],
                  answer: "5", key: "6"),
        PartGrade(partID: "1.b", maxPoints: 2, points: 1, verdict: .partial,
                  feedback: ["You forgot to square the error."], answer: " 10 ", mistake: "unsquared"),
        PartGrade(partID: "1.d", maxPoints: 2, points: 1.5, verdict: .partial, feedback: ["Right, given your 1.b."],
                  answer: "4", followThroughFrom: "1.b"),
        PartGrade(partID: "2.a", maxPoints: 1, points: 1, verdict: .correct, answer: "Weights are shared."),
    ])

    static let unreadableFile = SubmissionGrade(studentID: "400104", file: "x.txt", assignmentID: "w10", parts: [
        PartGrade(partID: "1.a", maxPoints: 1, points: 0, verdict: .unanswered),
        PartGrade(partID: "1.b", maxPoints: 2, points: 0, verdict: .unanswered),
        PartGrade(partID: "1.d", maxPoints: 2, points: 0, verdict: .unanswered),
        PartGrade(partID: "2.a", maxPoints: 1, points: 0, verdict: .unanswered),
    ], loadError: "x.txt:1:1: the file is not UTF-8\nsave it as UTF-8, then resubmit")

    static let evil = SubmissionGrade(studentID: evilID, file: "evil.txt", assignmentID: "w10", parts: [
        PartGrade(partID: "1.a", maxPoints: 1, points: 0, verdict: .wrong, answer: script),
        PartGrade(partID: "1.b", maxPoints: 2, points: 0, verdict: .unreadable, answer: "1,,2", formatError: formatError),
        PartGrade(partID: "1.d", maxPoints: 2, points: 0, verdict: .unanswered),
        PartGrade(partID: "2.a", maxPoints: 1, points: 0, verdict: .unanswered),
    ], warnings: ["unknown part 9.z ignored"])

    static let submissions = [first, second, unreadableFile, evil]

    static let batch = BatchResult(assignmentID: "w10", assignmentTitle: "Week 10: RNNs", parts: parts,
                                   submissions: submissions)
}
