import Testing
import RNNRubric
import RNNGrading

/// The student-view policy: which key, pending state, feedback lines and total a student sees,
/// case by case, then resolved from a rubric and from a released batch.
@Suite struct StudentViewTests {
    /// One case of the policy: a grade's verdict and key, the part's settings, and what the
    /// student must see.
    struct Case: Sendable, CustomTestStringConvertible {
        var verdict: Verdict
        var key: String?
        var reveals: Bool
        var handGraded = false
        var shownKey: String?
        var correction: String?
        var pending = false
        var testDescription: String { "\(verdict) key=\(key ?? "none") reveal=\(reveals) hand=\(handGraded)" }
    }

    static let cases: [Case] = [
        // Revealed: beside every assessed answer; as a correction only beside a not fully right one.
        Case(verdict: .correct, key: "6", reveals: true, shownKey: "6", correction: nil),
        Case(verdict: .partial, key: "6", reveals: true, shownKey: "6", correction: "6"),
        Case(verdict: .wrong, key: "6", reveals: true, shownKey: "6", correction: "6"),
        // Hidden by the rubric: never.
        Case(verdict: .correct, key: "6", reveals: false),
        Case(verdict: .wrong, key: "6", reveals: false),
        // Revealed, but nothing was assessed: never.
        Case(verdict: .unanswered, key: "6", reveals: true),
        Case(verdict: .unreadable, key: "6", reveals: true),
        Case(verdict: .pending, key: "6", reveals: true, pending: true),
        // No key was computed: nothing to show.
        Case(verdict: .wrong, key: nil, reveals: true),
        // Hand-graded: pending until a TA scores it, outside the auto-graded total.
        Case(verdict: .pending, key: nil, reveals: true, handGraded: true, pending: true),
        Case(verdict: .unanswered, key: nil, reveals: false, handGraded: true),
    ]

    @Test(arguments: cases)
    func policy(_ example: Case) {
        let grade = PartGrade(partID: "1.a", maxPoints: 2, points: 0, verdict: example.verdict, key: example.key)
        let view = StudentView(grade: grade, isHandGraded: example.handGraded, revealsKey: example.reveals)
        #expect(view.showsKey == (example.shownKey != nil))
        #expect(view.key == example.shownKey)
        #expect(view.correction == example.correction)
        #expect(view.isPendingHandGrading == example.pending)
        #expect(view.countsTowardAutoTotal == !example.handGraded)
        #expect(view.released.key == example.shownKey)
        #expect(view.released.verdict == example.verdict)
    }

    @Test func briefFeedbackIsTheFormatErrorWhenThereIsOne() {
        let unreadable = PartGrade(partID: "1.b", maxPoints: 1, points: 0, verdict: .unreadable,
                                   feedback: ["expected a number"], answer: "1,,2",
                                   formatError: "error: expected a number\n  |   ^ here")
        let view = StudentView(grade: unreadable, isHandGraded: false, revealsKey: true)
        #expect(view.briefFeedback == ["error: expected a number", "  |   ^ here"])
        #expect(view.feedback == ["expected a number"])
        let wrong = PartGrade(partID: "1.c", maxPoints: 1, points: 0, verdict: .wrong,
                              feedback: ["You forgot to square the error.", "Check the sign."], mistake: "unsquared")
        #expect(StudentView(grade: wrong, isHandGraded: false, revealsKey: true).briefFeedback
            == ["You forgot to square the error.", "Check the sign."])
    }

    /// Defaults hide keys; 1.b reveals its own; 1.c is graded by hand. A = 9173, B = 6287.
    static let keys = """
        <?xml version="1.0"?>
        <assignment xmlns="urn:rnngrade:rubric:1" id="keys" title="Keys">
          <problem id="1">
            <model id="m"><param name="A" value="9173"/><param name="B" value="6287"/></model>
            <part id="a" points="1"><number ask="A"/></part>
            <part id="b" points="2" reveal="true"><number ask="B"/></part>
            <part id="c" points="4"><manual>words</manual></part>
          </problem>
        </assignment>
        """

    static func rubric() throws -> Rubric {
        try RubricLoader.parse(bytes: Array(keys.utf8), file: "keys.xml").get()
    }

    @Test func rubricSettingsDecideRevealAndHandGrading() throws {
        let rubric = try Self.rubric()
        func view(_ id: String) -> StudentView {
            StudentView(grade: PartGrade(partID: id, maxPoints: 1, points: 0, verdict: .wrong), in: rubric)
        }
        #expect(!view("1.a").revealsKey && !view("1.a").isHandGraded)
        #expect(view("1.b").revealsKey && !view("1.b").isHandGraded)
        #expect(view("1.c").isHandGraded && !view("1.c").countsTowardAutoTotal)
        // A part the rubric does not have: auto-graded, the default (hidden) key.
        #expect(!view("9.z").revealsKey && view("9.z").countsTowardAutoTotal)
        #expect(rubric.part("1.c")?.answer.isHandGraded == true)
        #expect(rubric.part("1.a")?.answer.isHandGraded == false)
    }

    @Test func graderReleasesOnlyTheRevealedKey() throws {
        let grader = Grader(rubric: try Self.rubric())
        let answers = ["1.a": "5", "1.b": "5", "1.c": "because"].mapValues {
            GivenAnswer(text: $0, file: "a.txt", line: 1, column: 7, sourceLine: "1.x = \($0)")
        }
        let grade = grader.grade(studentID: "ola", file: "a.txt", answers: answers)
        #expect(grade.parts.map(\.verdict) == [.wrong, .wrong, .pending])
        #expect(grade.parts.map(\.key) == [nil, "6287", nil])
        let views = grade.parts.map { StudentView(grade: $0, in: grader.rubric) }
        // Auto-graded total: 1.a and 1.b, 1 + 2 points; 1.c (4 points) waits for a TA.
        #expect(views.filter(\.countsTowardAutoTotal).reduce(0) { $0 + $1.grade.maxPoints } == 3)
        #expect(views.filter(\.isPendingHandGrading).map(\.grade.partID) == ["1.c"])
        // Unanswered: no key, even where revealed.
        let blank = grader.grade(studentID: "ola", file: "a.txt", answers: [:])
        #expect(blank.parts.allSatisfy { $0.key == nil })
    }

    @Test func releasedGradesInABatch() {
        let outline = [BatchResult.PartOutline(id: "1.a", title: "", maxPoints: 1, kind: "number"),
                       BatchResult.PartOutline(id: "2.a", title: "", maxPoints: 1, kind: "manual")]
        let wrong = PartGrade(partID: "1.a", maxPoints: 1, points: 0, verdict: .wrong, key: "6")
        let byHand = PartGrade(partID: "2.a", maxPoints: 1, points: 0, verdict: .pending)
        let batch = BatchResult(assignmentID: "w", assignmentTitle: "W", parts: outline, submissions: [])
        #expect(StudentView(released: wrong, in: batch).key == "6")
        #expect(StudentView(released: wrong, in: batch, revealsKey: false).key == nil)
        #expect(StudentView(released: byHand, in: batch).isHandGraded)
        #expect(!StudentView(released: wrong, in: batch).isHandGraded)
        #expect(outline.map(\.isHandGraded) == [false, true])
    }
}
