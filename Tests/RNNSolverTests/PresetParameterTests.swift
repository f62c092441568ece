import RNNRubric
import RNNSolver
import Testing

/// Issue 15, "presets": a preset's vector parameters are read in either orientation, and a
/// wrong shape is an error at the `<param>` that names the expected shape.
struct PresetParameterTests {
    static func key(_ model: String, ask: String = "h[1]") throws -> AnswerKey.Entry {
        let text = """
            <?xml version="1.0"?>
            <assignment xmlns="urn:rnngrade:rubric:1" id="p" title="Presets">
              <problem id="1">
            \(model)
                <part id="a" points="1"><vector ask="\(ask)"/></part>
              </problem>
            </assignment>
            """
        let rubric = try RubricLoader.parse(bytes: Array(text.utf8), file: "p.xml").get()
        return try #require(AnswerKey(rubric: rubric).entries.first)
    }

    /// Keras SimpleRNN, I = 1, H = 2, h0 = 0, x = 1: h1 = tanh(Kᵀx + b) = (tanh 1, tanh 2)
    /// = (0.7615941559557649, 0.9640275800758169) with K = [[1, 1]] and b = (0, 1), whether
    /// the bias is written as the documented column `[0, 1]` or as Keras's row `[[0, 1]]`.
    @Test("the Keras bias is accepted as a column or a row", arguments: ["[0, 1]", "[[0, 1]]"])
    func kerasBiasEitherOrientation(bias: String) throws {
        let entry = try Self.key("""
                <model id="m" cell="elman" convention="keras" input-size="1" hidden-size="2">
                  <param name="kernel" value="[[1, 1]]"/>
                  <param name="recurrent_kernel" value="[[1, 0], [0, 1]]"/>
                  <param name="bias" value="\(bias)"/>
                  <input name="x" values="1"/>
                </model>
            """)
        #expect(entry.failure == nil)
        let h = try #require(entry.solved?.matrix)
        #expect(h.rows == 2 && h.cols == 1)
        #expect(abs(h.elements[0].doubleValue - 0.7615941559557649) < 1e-12)
        #expect(abs(h.elements[1].doubleValue - 0.9640275800758169) < 1e-12)
    }

    /// The textbook Elman cell puts W_h (H×I) on the input: a 1×1 W_h for I = H = 2 is an error
    /// on line 5, the `<param>`, at its value's column, naming the expected 2×2.
    @Test func wrongPresetShapeIsLocatedAtTheParam() throws {
        let entry = try Self.key("""
                <model id="m" cell="elman" convention="textbook" input-size="2" hidden-size="2">
                  <param name="W_h" value="1/2"/>
                  <param name="U_h" value="[[1, 0], [0, 1]]"/>
                  <param name="b_h" value="[0, 0]"/>
                  <input name="x" values="[1, 2]"/>
                </model>
            """)
        let failure = try #require(entry.failure)
        #expect(failure.line == 5)
        #expect(failure.column == 32)   // 6 spaces and `<param name="W_h" value="` before it
        #expect(failure.message == "parameter 'W_h' should be 2×2 for the Elman (textbook) cell (input size 2, hidden size 2), not 1×1")
    }
}
