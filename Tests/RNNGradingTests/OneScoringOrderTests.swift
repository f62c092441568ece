import Testing
@testable import RNNGrading

/// Issue 15, "one scoring order": one test per row of the table in docs/comparison.md.
@Suite struct OneScoringOrderTests {
    /// g = (0, 3, 4), ‖g‖ = 5. clip_norm(g, 1) = (0, 3/5, 4/5) is the key of 1.a and 1.b;
    /// clip_value(g, 1) = (0, 1, 1) is the declared mistake, which shares the first entry with
    /// the key, so per-element it would earn 1/3.
    /// Model n: h[t] = 2·h[t-1] + x[t], h0 = 0, x = (1, 1): h1 = 1, h2 = 3. Part 2.b asks h[2],
    /// which depends on 2.a's h[1]: with a student's h1 = 5, follow-through expects 2·5 + 1 = 11.
    static let rubric = """
        <?xml version="1.0"?>
        <assignment xmlns="urn:rnngrade:rubric:1" id="order" title="Scoring order">
          <problem id="1">
            <model id="m">
              <param name="g" value="[0; 3; 4]"/>
              <state name="h" initial="0"/>
              <input name="x" values="1"/>
              <equation>h[t] = h[t-1] + x[t]</equation>
            </model>
            <part id="a" points="1">
              <vector ask="clip_norm(g, 1)"/>
              <mistake ask="clip_value(g, 1.0)" credit="0">You clipped each entry, not the norm.</mistake>
            </part>
            <part id="b" points="1">
              <vector ask="clip_norm(g, 1)"/>
              <mistake ask="clip_value(g, 1.0)" credit="0.25">You clipped each entry, not the norm.</mistake>
            </part>
            <part id="c" points="1">
              <vector ask="clip_norm(g, 1)"/>
              <mistake ask="clip_value(g, 1.0)" credit="0.5">You clipped each entry, not the norm.</mistake>
            </part>
          </problem>
          <problem id="2">
            <model id="n">
              <param name="w" value="2"/>
              <state name="h" initial="0"/>
              <input name="x" values="1 1"/>
              <equation>h[t] = w*h[t-1] + x[t]</equation>
            </model>
            <part id="a" points="1"><number ask="h[1]"/></part>
            <part id="b" points="1"><number ask="h[2]"/><follow-through credit="0.5"/></part>
          </problem>
        </assignment>
        """

    static func grade(_ answers: [String: String], _ part: String) throws -> PartGrade {
        let grade = try GraderTests.grader(rubric).grade(studentID: "s", file: "s.txt", answers: GraderTests.answers(answers))
        return try #require(grade.parts.first { $0.partID == part })
    }

    /// Row 1: a right answer earns full credit and nothing else is looked at.
    @Test func rightAnswerEarnsFullCredit() throws {
        let grade = try Self.grade(["1.a": "[0, 0.6, 0.8]"], "1.a")
        #expect(grade.points == 1)
        #expect(grade.mistake == nil)
    }

    /// Row 2: a matched declared mistake sets the credit, below (0 < 1/3) or above (1/2 > 1/3)
    /// the per-element share, and its feedback replaces the per-element feedback.
    @Test("a matched declared mistake sets the part's credit", arguments: [
        ("1.a", 0.0), ("1.b", 0.25), ("1.c", 0.5),
    ])
    func declaredMistakeSetsCredit(part: String, points: Double) throws {
        let grade = try Self.grade([part: "[0, 1, 1]"], part)
        #expect(grade.points == points)
        #expect(grade.mistake == "clip_value(g, 1.0)")
        #expect(grade.feedback == ["You clipped each entry, not the norm."])
    }

    /// Row 3: a built-in mistake (the sign) only adds feedback; the per-element share stays:
    /// (0, −3/5, −4/5) has its first entry right, 1/3.
    @Test func builtInMistakeAddsFeedbackOnly() throws {
        let grade = try Self.grade(["1.a": "[0, -0.6, -0.8]"], "1.a")
        #expect(grade.mistake == "sign")
        #expect(abs(grade.points - 1.0 / 3) < 1e-12)
        #expect(grade.feedback.first == "Your value has the wrong sign")
        #expect(grade.feedback.count == 2)
    }

    /// Row 4: follow-through credit when the earlier answer carried through (h1 = 5 → h2 = 11).
    @Test func followThroughAfterMistakes() throws {
        let grade = try Self.grade(["2.a": "5", "2.b": "11"], "2.b")
        #expect(grade.points == 0.5)
        #expect(grade.followThroughFrom == "2.a")
    }

    /// Row 5: otherwise the per-element share: (0, 1, 0) matches neither mistake; 1 of 3 right.
    @Test func perElementCreditLast() throws {
        let grade = try Self.grade(["1.a": "[0, 1, 0]"], "1.a")
        #expect(grade.mistake == nil)
        #expect(abs(grade.points - 1.0 / 3) < 1e-12)
    }
}
