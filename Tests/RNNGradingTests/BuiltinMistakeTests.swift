import Testing
@testable import RNNGrading

/// The built-in mistakes that GraderTests' one-step model cannot tell apart, on a model made for them.
@Suite struct BuiltinMistakeTests {
    /// Three steps of h[t] = h[t-1] + x[t] from h0 = 0 with x = (1, 2, 3): h = (1, 3, 6);
    /// ŷ = h, y = (0, 0, 0), L = 1 + 9 + 36 = 46. Half: 23; mean over time: 46/3.
    /// W = [[1, 2], [0, 1]]: W² = [[1, 4], [0, 1]], its transpose [[1, 0], [4, 1]].
    static let rubric = """
        <?xml version="1.0"?>
        <assignment xmlns="urn:rnngrade:rubric:1" id="m" title="Mistakes">
          <problem id="1">
            <model id="m">
              <param name="W" value="[[1, 2], [0, 1]]"/>
              <state name="h" initial="0"/>
              <input name="x" values="1 2 3"/><target name="y" values="0 0 0"/>
              <equation>h[t] = h[t-1] + x[t]</equation>
              <loss>sum_t (h[t] - y[t])^2</loss>
            </model>
            <part id="a" points="1"><number ask="L"/></part>
            <part id="b" points="1"><matrix ask="W^2"/></part>
          </problem>
        </assignment>
        """

    /// Credit: none for a scalar; the transposed W² still has its two diagonal cells right (2 of 4).
    @Test(arguments: [
        ("1.a", "46/3", "mean-loss", 0.0),
        ("1.a", "23", "half-loss", 0.0),
        ("1.a", "-46", "sign", 0.0),
        ("1.b", "[[1, 0], [4, 1]]", "transpose", 0.5),
    ])
    func mistakeIsNamed(part: String, answer: String, mistake: String, points: Double) throws {
        let grade = try GraderTests.grader(Self.rubric).grade(studentID: "s", file: "s.txt",
                                                              answers: GraderTests.answers([part: answer]))
        let graded = try #require(grade.parts.first { $0.partID == part })
        #expect(graded.mistake == mistake)
        #expect(graded.points == points)   // built-in mistakes earn no credit of their own, only feedback
        #expect(!graded.feedback.isEmpty)
    }
}
