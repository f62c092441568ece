import Foundation
import RNNMath
import RNNSolver
import Testing

/// The preset options (`layout`, `gate-order`, `bias`, `layers`, `time-origin`) run through a
/// rubric model against `Golden/preset_options_golden.json` (`make_preset_options_golden.py`:
/// CS231n's `lstm_step_forward`, PyTorch's two-layer `nn.LSTM` on a batch, a one-bias GRU counted
/// from t = 0 and a Keras GRU stacked r, z, h, each written out in numpy; gradients of
/// L = Σₜ sum(hₜ) by complex-step differentiation).
struct PresetOptionsGoldenTests {
    /// One case of the golden file.
    struct Case: Decodable {
        var name: String
        var attributes: String
        var layout: String
        var params: [String: [[String]]]
        var states: [String: [[String]]]
        var x: [[[String]]]
        var steps: [[String: [Double]]]
        var loss: Double
        var gradients: [String: [Double]]
    }

    /// The file's cases, and the answers of Rubrics/pytorch-lstm-layers.xml by part.
    struct File: Decodable {
        var cases: [Case]
        var pytorch_lstm_layers_rubric: [String: [Double]]
    }

    /// The golden file.
    static func file() throws -> File {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/preset_options_golden.json")
        return try JSONDecoder().decode(File.self, from: Data(contentsOf: url))
    }

    static let names = ["cs231n-lstm", "torch-lstm-2-layers", "torch-gru-one-bias-origin-0", "keras-gru-rzh"]

    /// `[[a, b], [c, d]]` from rows of fraction text.
    static func literal(_ rows: [[String]]) -> String {
        "[" + rows.map { "[" + $0.joined(separator: ", ") + "]" }.joined(separator: ", ") + "]"
    }

    /// The case as a rubric model with loss L = Σₜ sum(h[t]), and its time origin.
    static func fixture(_ name: String) throws -> (SolverFixture, Case, origin: Int) {
        let golden = try #require(try file().cases.first { $0.name == name })
        let origin = golden.attributes.contains("time-origin=\"0\"") ? 0 : 1
        var body = golden.params.keys.sorted().map { "<param name=\"\($0)\" value=\"\(literal(golden.params[$0] ?? []))\"/>" }
        body += golden.states.keys.sorted().map { "<state name=\"\($0)\" initial=\"\(literal(golden.states[$0] ?? []))\"/>" }
        body.append("<input name=\"x\" values=\"\(golden.x.map(literal).joined(separator: " "))\"/>")
        body.append("<loss name=\"L\">sum_t sum(h[t])</loss>")
        return (try SolverFixture(model: body.joined(separator: "\n"), attributes: golden.attributes), golden, origin)
    }

    /// Every output at every step, and L, to 1e-12.
    @Test(arguments: names) func forwardMatchesNumpy(name: String) throws {
        let (fixture, golden, origin) = try Self.fixture(name)
        for (index, step) in golden.steps.enumerated() {
            for (output, expected) in step {
                let ask = "\(output)[\(index + origin)]"
                let actual = try fixture.value(ask).elements.map(\.doubleValue)
                #expect(actual.count == expected.count, "\(name) \(ask)")
                for (a, e) in zip(actual, expected) {
                    #expect(abs(a - e) <= 1e-12, "\(name) \(ask): \(a) vs \(e)")
                }
            }
        }
        #expect(abs(try fixture.value("L").elements[0].doubleValue - golden.loss) <= 1e-12, "\(name) L")
    }

    /// `grad(L, p)` for every parameter and given initial state, to 1e-9 relative.
    @Test(arguments: names) func gradientsMatchComplexStep(name: String) throws {
        let (fixture, golden, origin) = try Self.fixture(name)
        for (variable, expected) in golden.gradients {
            let ask = golden.states[variable] != nil ? "grad(L, \(variable)[\(origin - 1)])" : "grad(L, \(variable))"
            let actual = try fixture.value(ask).elements.map(\.doubleValue)
            #expect(actual.count == expected.count, "\(name) \(ask)")
            for (a, e) in zip(actual, expected) {
                #expect(abs(a - e) <= 1e-9 * max(1, abs(e)), "\(name) \(ask): \(a) vs \(e)")
            }
        }
    }

    /// With time-origin 0 the first input is x[0] and the initial state h[-1]; h[T] is past the end.
    @Test func timeOriginZeroShiftsEveryIndex() throws {
        let (fixture, golden, _) = try Self.fixture("torch-gru-one-bias-origin-0")
        #expect(try fixture.value("h[-1]").elements.allSatisfy { $0.doubleValue == 0 })
        #expect(try fixture.value("h[-1]").rows == 3 && fixture.value("h[-1]").cols == 2)
        #expect(golden.steps.count == 3)
        #expect(try fixture.failure("h[3]") == "h[3] is outside the steps of the sequence (t = -1…2)")
        // Follow-through substitutes by the rubric's labels: h[0] is the first step's output.
        let given = try Matrix(exact: [[1, 2], [3, 4], [5, 6]])
        let substituted = try fixture.value("h[0]", overrides: ["h[0]": given]).elements.map(\.doubleValue)
        #expect(zip(substituted, [1.0, 2, 3, 4, 5, 6]).allSatisfy { abs($0 - $1) <= 1e-12 }, "\(substituted)")
        #expect(try fixture.value("h[-1]", overrides: ["h[0]": given]).elements.allSatisfy { $0.doubleValue == 0 })
    }

    /// The shipped PyTorch two-layer rubric: the keys of its parts (forward to 1e-12, the
    /// gradient to 1e-9 relative) against the numpy script's values for the same <data> lines.
    @Test func shippedTwoLayerRubricAgreesWithNumpy() throws {
        let key = try KeysShippedRubricTests.key("pytorch-lstm-layers.xml")
        for (part, expected) in try Self.file().pytorch_lstm_layers_rubric {
            let matrix = try #require(key.entry(part)?.solved?.matrix, "\(part)")
            #expect(matrix.elements.count == expected.count, "\(part)")
            let tolerance = part == "1.d" ? 1e-9 : 1e-12
            for (mine, numpy) in zip(matrix.elements, expected) {
                #expect(abs(mine.doubleValue - numpy) <= tolerance * max(1, abs(numpy)), "\(part): \(mine.doubleValue) vs numpy \(numpy)")
            }
        }
    }

    /// The preset expresses CS231n's `lstm_step_forward` directly: the notebook's test-cell data
    /// (Rubrics/cs231n-lstm-step.xml, with Wx, Wh, b named kernel, recurrent_kernel, bias) in a
    /// Keras-named LSTM with `layout="rows" gate-order="i,f,o,c" bias="one"` gives next_h and
    /// next_c as `make_cs231n_lstm_step_golden.py` computes them, to 1e-12.
    @Test func cs231nStepAsAPresetAgreesWithNumpy() throws {
        let data = """
            <data>
              N, D, H = 3, 4, 5
              x1 = np.linspace(-0.4, 1.2, num=N*D).reshape(N, D)
              prev_h = np.linspace(-0.3, 0.7, num=N*H).reshape(N, H)
              prev_c = np.linspace(-0.4, 0.9, num=N*H).reshape(N, H)
              kernel = np.linspace(-2.1, 1.3, num=4*D*H).reshape(D, 4 * H)
              recurrent_kernel = np.linspace(-0.7, 2.2, num=4*H*H).reshape(H, 4 * H)
              bias = np.linspace(0.3, 0.7, num=4*H)
            </data>
            <state name="h" initial="prev_h"/>
            <state name="c" initial="prev_c"/>
            <input name="x" values="x1"/>
            """
        let fixture = try SolverFixture(model: data, attributes: #"cell="lstm" convention="keras" input-size="4" hidden-size="5" layout="rows" gate-order="i,f,o,c" bias="one""#)
        let golden = try KeysNumpyExampleTests.golden("cs231n_lstm_step_golden.json")
        for (ask, part) in [("h[1]", "1.a"), ("c[1]", "1.b")] {
            let mine = try fixture.value(ask)
            let expected = try #require(golden[part]).hex.compactMap(Double.init)
            #expect(mine.rows == 3 && mine.cols == 5 && expected.count == 15, "\(ask)")
            for (a, e) in zip(mine.elements.map(\.doubleValue), expected) {
                #expect(abs(a - e) <= 1e-12 * max(1, abs(e)), "\(ask): \(a) vs numpy \(e)")
            }
        }
    }
}
