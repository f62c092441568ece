import Testing
import RNNRubric
@testable import RNNGrading

/// Issue 15, "classify_gradients": its verdict is a choice part's key, and verify accepts it.
@Suite struct ClassifyGradientsTests {
    /// W = diag(1/2, 1/4): σ_max(W) = 1/2, so q = γ·σ_max is 1/2 for γ = 1 (vanishing), 1 for
    /// γ = 2 (boundary) and 2 for γ = 4 (may-explode), by the table in docs/conventions.md.
    static func rubric(_ gamma: String, options: String = "vanishing may-explode boundary") -> String {
        """
        <?xml version="1.0"?>
        <assignment xmlns="urn:rnngrade:rubric:1" id="cg" title="Classify">
          <problem id="1">
            <model id="m"><param name="W" value="[[1/2, 0], [0, 1/4]]"/></model>
            <part id="a" points="1">
              <choice ask="classify_gradients(W, \(gamma))">
                \(options.split(separator: " ").map { "<option id=\"\($0)\">\($0) gradients</option>" }.joined())
              </choice>
            </part>
          </problem>
        </assignment>
        """
    }

    @Test("classify_gradients is the key of a choice part", arguments: [
        ("1", "vanishing"), ("2", "boundary"), ("4", "may-explode"),
    ])
    func classifyGradientsIsGradable(gamma: String, regime: String) throws {
        let grader = try GraderTests.grader(Self.rubric(gamma))
        for answer in ["vanishing", "may-explode", "boundary"] {
            let grade = grader.grade(studentID: "s", file: "s.txt", answers: GraderTests.answers(["1.a": answer]))
            #expect(grade.parts[0].points == (answer == regime ? 1 : 0), "answer \(answer)")
        }
        let rubric = try #require(try? RubricLoader.parse(bytes: Array(Self.rubric(gamma).utf8), file: "t.xml").get())
        let failures = RubricVerification.checks(rubric).compactMap(\.failure)
        #expect(failures.isEmpty)
    }

    /// A verdict no option names is a verify failure that says which option to add.
    @Test func classifyGradientsNeedsItsOption() throws {
        let rubric = try #require(try? RubricLoader.parse(bytes: Array(Self.rubric("4", options: "vanishing boundary").utf8), file: "t.xml").get())
        let failures = RubricVerification.checks(rubric).compactMap(\.failure)
        #expect(failures == ["1.a: the ask gives 'may-explode', which is not an option of this choice; give it <option id=\"may-explode\"> (options: vanishing, boundary)"])
    }
}
