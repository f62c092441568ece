import RNNMath
import Testing
@testable import RNNRubric

/// `<data>` in a model: names become parameters with numpy's values, and errors are placed at
/// their line and column in the rubric file.
@Suite struct NumpyDataLoadingTests {
    static func rubric(_ data: String, extra: String = "") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <assignment xmlns="urn:rnngrade:rubric:1" id="np" title="Numpy">
          <problem id="1">
            <model id="m">
              <data>
        \(data)
              </data>\(extra)
              <quantity name="y">x @ W + b</quantity>
            </model>
            <part id="a" points="1"><matrix ask="y"/></part>
          </problem>
        </assignment>
        """
    }

    @Test func assignedNamesBecomeParameters() throws {
        let text = Self.rubric("        N = 2\n        x = np.arange(N*3).reshape(N, 3)\n        W = np.eye(3)\n        b = np.full(3, 0.5)")
        let rubric = try RubricLoader.parse(bytes: Array(text.utf8), file: "np.xml").get()
        let params = try #require(rubric.problems.first?.models.first?.params)
        #expect(params.map(\.name) == ["N", "x", "W", "b"])
        #expect(params[1].data == (try Matrix(exact: [[0, 1, 2], [3, 4, 5]])))
        #expect(params[1].line == 7)
        #expect(params[3].data?.shapeDescription == "1×3")
    }

    @Test func anErrorIsPlacedAtItsLineAndColumn() {
        let text = Self.rubric("        x = np.zeros((2, 3))\n        W = np.sin(x)")
        guard case .failure(let failure) = RubricLoader.parse(bytes: Array(text.utf8), file: "np.xml") else {
            Issue.record("np.sin should be refused")
            return
        }
        let rendered = "\(failure)"
        #expect(rendered.contains("np.xml:7:13: in <data>: 'np.sin' is not in the numpy subset rnngrade reads"), "\(rendered)")
        #expect(rendered.contains("np.linspace"))
        // W is still known, so `x @ W + b` reports only b, which the block never assigns.
        #expect(!rendered.contains("'W'") && !rendered.contains("'x'") && rendered.contains("'b'"), "\(rendered)")
    }

    @Test func rankAboveEightIsRefusedWhereItIsWritten() {
        let text = Self.rubric("        x = np.zeros(512).reshape(2, 2, 2, 2, 2, 2, 2, 2, 2)")
        guard case .failure(let failure) = RubricLoader.parse(bytes: Array(text.utf8), file: "np.xml") else {
            Issue.record("rank 9 should be refused")
            return
        }
        #expect("\(failure)".contains("np.xml:6:27: in <data>: arrays of rank 9 (shape (2, 2, 2, 2, 2, 2, 2, 2, 2)) are not supported"), "\(failure)")
    }

    @Test func aNameGivenTwiceIsReported() {
        let text = Self.rubric("        x = np.ones((1, 3))\n        W = np.eye(3)\n        b = np.zeros(3)", extra: "\n      <param name=\"b\" value=\"1\"/>")
        guard case .failure(let failure) = RubricLoader.parse(bytes: Array(text.utf8), file: "np.xml") else {
            Issue.record("b is given twice")
            return
        }
        #expect("\(failure)".contains("'b' is assigned in <data> and declared by another element of model 'm'"), "\(failure)")
    }
}
