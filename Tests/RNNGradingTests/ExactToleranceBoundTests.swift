import Testing
@testable import RNNGrading

/// A rubric's tolerance bound is the decimal it writes, not the nearest double: the key is 10
/// and the answer 11, so |11 − 10| = 1 must be at most abs + rel·10 = rel·10.
@Suite struct ExactToleranceBoundTests {
    static func verdict(rel: String) throws -> Verdict? {
        let rubric = """
            <?xml version="1.0"?>
            <assignment xmlns="urn:rnngrade:rubric:1" id="t" title="T">
              <problem id="1">
                <part id="a" points="1"><number ask="10"/><tolerance mode="relative" rel="\(rel)" abs="0"/></part>
              </problem>
            </assignment>
            """
        let grade = try GraderTests.grader(rubric).grade(studentID: "s", file: "s.txt", answers: GraderTests.answers(["1.a": "11"]))
        return grade.parts.first?.verdict
    }

    /// rel = 1/10: the bound is exactly 1, and the edge is inside.
    @Test func aTenthAcceptsTheEdge() throws {
        #expect(try Self.verdict(rel: "0.1") == .correct)
    }

    /// rel = 0.09999999999999999999 = 1/10 − 10⁻²⁰: the bound is 1 − 10⁻¹⁹ < 1. The nearest double
    /// to this rel is the one nearest 0.1, whose shortest form "0.1" would have accepted the answer.
    @Test func justUnderATenthRejectsTheEdge() throws {
        #expect(Double("0.09999999999999999999") == 0.1)
        #expect(try Self.verdict(rel: "0.09999999999999999999") == .wrong)
    }
}
