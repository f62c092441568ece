import Testing
@testable import RNNGrading

/// Issue 15, "design answers": fixed parameters may be repeated, free ones may have a default,
/// vectors are read in either orientation.
@Suite struct DesignAnswersTests {
    /// The network h[t] = step(W_h·h[t-1] + W_x·x[t] + b) from h0 = 1 computes "every input so far
    /// was 1" (the reference h[t] = h[t-1]·x[t]) with W_h = W_x = 1, b = −3/2: h = 1 only when
    /// h[t-1] = x[t] = 1 (1 + 1 − 3/2 = 1/2 ≥ 0; one of them 0 gives −1/2 < 0).
    /// 1.a: b has the default −3/2. 1.b: the same with v = (W_h, W_x) as a 2×1 column,
    /// applied as v'·[h[t-1]; x[t]], and a fixed parameter c = 0 added to the sum.
    static let rubric = """
        <?xml version="1.0"?>
        <assignment xmlns="urn:rnngrade:rubric:1" id="design" title="Design answers">
          <problem id="1">
            <model id="q">
              <param name="W_h" free="true"/> <param name="W_x" free="true"/> <param name="b" free="true" default="-3/2"/>
              <activation name="phi" function="step" threshold="0"/>
              <input name="x"/>
              <state name="h" initial="1"/>
              <equation>h[t] = phi(W_h*h[t-1] + W_x*x[t] + b)</equation>
            </model>
            <model id="qv">
              <param name="v" free="true" shape="2x1"/> <param name="b" free="true"/> <param name="c" value="0"/>
              <activation name="phi" function="step" threshold="0"/>
              <input name="x"/>
              <state name="h" initial="1"/>
              <equation>h[t] = phi(v' * [h[t-1]; x[t]] + b + c)</equation>
            </model>
            <model id="ref">
              <input name="x"/>
              <state name="h" initial="1"/>
              <equation>h[t] = h[t-1]*x[t]</equation>
            </model>
            <part id="a" points="2">
              <design model="q" free="W_h W_x b" output="h" alphabet="0 1" max-length="6"><reference>ref</reference></design>
            </part>
            <part id="b" points="2">
              <design model="qv" free="v b" output="h" alphabet="0 1" max-length="6"><reference>ref</reference></design>
            </part>
          </problem>
        </assignment>
        """

    static func grade(_ part: String, _ answer: String) throws -> PartGrade {
        let grade = try GraderTests.grader(rubric).grade(studentID: "s", file: "s.txt", answers: GraderTests.answers([part: answer]))
        return try #require(grade.parts.first { $0.partID == part })
    }

    @Test("parameters the rubric fixes may be given when equal to the fixed value", arguments: [
        ("1.a", "W_h = 1; W_x = 1; b = -1.5; h0 = 1"),
        ("1.b", "v = [1; 1]; b = -1.5; c = 0; h0 = 1"),
    ])
    func fixedParameterRepeated(part: String, answer: String) throws {
        let grade = try Self.grade(part, answer)
        #expect(grade.verdict == .correct)
        #expect(grade.points == 2)
    }

    @Test("a fixed parameter given with another value is named with its fixed value", arguments: [
        ("1.a", "W_h = 1; W_x = 1; b = -1.5; h0 = 0", "'h0' is fixed by the question at 1; leave it out or give that value"),
        ("1.b", "v = [1; 1]; b = -1.5; c = 2", "'c' is fixed by the question at 0; leave it out or give that value"),
    ])
    func fixedParameterContradicted(part: String, answer: String, message: String) throws {
        let grade = try Self.grade(part, answer)
        #expect(grade.verdict == .unreadable)
        #expect(grade.feedback == [message])
        #expect(grade.points == 0)
    }

    @Test func freeParameterDefault() throws {
        #expect(try Self.grade("1.a", "W_h = 1; W_x = 1").verdict == .correct)
        #expect(try Self.grade("1.a", "W_h = 1; W_x = 1; b = 5").verdict == .wrong)   // a given value wins
        #expect(try Self.grade("1.b", "v = [1; 1]").feedback == ["give a value for 'b'"])   // no default
    }

    @Test func vectorsAcceptEitherOrientation() throws {
        #expect(try Self.grade("1.b", "v = [[1, 1]]; b = -1.5").verdict == .correct)
        #expect(try Self.grade("1.b", "v = [1; 1]; b = -1.5").verdict == .correct)
        #expect(try Self.grade("1.b", "v = [[1, 1, 1]]; b = -1.5").feedback == ["v must be a 2×1 matrix, not a 1×3 matrix"])
    }
}
