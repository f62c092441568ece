import Testing
import RNNRubric
@testable import RNNGrading

/// Issue 15's choice fixes, on a rubric of choice parts; every score is worked out by hand.
@Suite struct ChoiceFairnessTests {
    /// 1.a and 1.b: key f i o of six options, 6 points; 1.a with `penalty="0.5"`, 1.b with the
    /// default penalty (one right pick's share, 1/3). 1.c: a single choice with word labels.
    static let rubric = """
        <?xml version="1.0"?>
        <assignment xmlns="urn:rnngrade:rubric:1" id="choices" title="Choices">
          <problem id="1">
            <part id="a" points="6">
              <multiple-choice key="f i o" penalty="0.5">
                <option id="f">f_t</option><option id="i">i_t</option><option id="o">o_t</option>
                <option id="Ctilde">C̃_t</option><option id="C">C_t</option><option id="h">h_t</option>
              </multiple-choice>
            </part>
            <part id="b" points="6">
              <multiple-choice key="f i o">
                <option id="f">f_t</option><option id="i">i_t</option><option id="o">o_t</option>
                <option id="Ctilde">C̃_t</option><option id="C">C_t</option><option id="h">h_t</option>
              </multiple-choice>
            </part>
            <part id="c" points="1">
              <choice key="vanish">
                <option id="vanish">Wⁿ goes to zero: gradients vanish</option>
                <option id="explode">Wⁿ grows without bound: gradients explode</option>
                <option id="constant">Wⁿ stays bounded away from zero</option>
              </choice>
            </part>
          </problem>
        </assignment>
        """

    /// The grade of `answer` to `part`.
    static func grade(_ part: String, _ answer: String) throws -> PartGrade {
        let grader = try GraderTests.grader(rubric)
        let grade = grader.grade(studentID: "s", file: "s.txt", answers: GraderTests.answers([part: answer]))
        return try #require(grade.parts.first { $0.partID == part })
    }

    /// Points = 6 × max(0, right/3 − wrong × penalty).
    @Test("a multiple choice's penalty is what each wrong pick costs", arguments: [
        ("1.a", "f, i, o", 6.0),      // 3/3
        ("1.a", "f, i, o, C", 3.0),   // 1 − 1/2 = 1/2
        ("1.a", "f, i, C", 1.0),      // 2/3 − 1/2 = 1/6
        ("1.a", "f, C, h", 0.0),      // 1/3 − 2·1/2 < 0
        ("1.b", "f, i, o, C", 4.0),   // default penalty 1/3: 1 − 1/3 = 2/3
        ("1.b", "f, i, C", 2.0),      // 2/3 − 1/3 = 1/3
    ])
    func multipleChoicePenaltyIsApplied(part: String, answer: String, points: Double) throws {
        #expect(abs(try Self.grade(part, answer).points - points) < 1e-12)
    }

    /// Single choice with word labels: two labels are two answers, a letter is not an option,
    /// and hints name the part's labels, not letters. The whole feedback is `message (hint)`.
    @Test("single-choice answers are read with the part's own labels", arguments: [
        ("1.c", "vanish, explode", "choose one answer, not 2 (write one of vanish, explode, constant)"),
        ("1.c", "b", "‘b’ is not an option (write one of vanish, explode, constant)"),
        ("1.c", "(vanish", "this ‘(’ is never closed (write (vanish))"),
        ("1.a", "f, x", "‘x’ is not an option (write one or more of f, i, o, Ctilde, C, h, separated by commas)"),
    ])
    func singleChoiceAnswers(part: String, answer: String, feedback: String) throws {
        let grade = try Self.grade(part, answer)
        #expect(grade.verdict == .unreadable)
        #expect(grade.feedback == [feedback])
    }

    /// Readable word labels still grade as before: the key, another option, option text.
    @Test func wordLabelsStillGrade() throws {
        #expect(try Self.grade("1.c", "vanish").points == 1)
        #expect(try Self.grade("1.c", "(Vanish)").points == 1)
        let wrong = try Self.grade("1.c", "explode")
        #expect(wrong.points == 0)
        #expect(wrong.feedback == ["this choice is wrong"])
        #expect(try Self.grade("1.a", "{F, I, O}").points == 6)
    }
}
