import RNNMath
import RNNXML
import Testing
@testable import RNNRubric

/// Enumerated attributes load as their enums, every allowed value and nothing else, and
/// tolerance bounds load as the exact decimals the rubric wrote.
@Suite struct TypedAttributeTests {
    /// A one-part rubric whose model declares `activation` and whose part has `tolerance`.
    static func rubric(activation: String = #"<activation name="g" function="tanh"/>"#,
                       tolerance: String = "") -> String {
        RubricLoaderErrorTests.rubric("""
                <model id="m">
                  <param name="W" value="2"/>
                  \(activation)
                  <state name="h" initial="1"/>
                  <input name="x" values="1 2"/>
                  <equation>h[t] = g(W*h[t-1] + x[t])</equation>
                </model>
                <part id="a" points="1"><number ask="h[2]"/>\(tolerance)</part>
            """)
    }

    static func load(_ text: String) -> Result<Rubric, RubricLoadFailure> {
        RubricLoader.parse(bytes: Array(text.utf8), file: "t.xml")
    }

    // MARK: Activation functions

    @Test(arguments: [("identity", ActivationFunction.identity), ("sigmoid", .sigmoid), ("tanh", .tanh),
                      ("relu", .relu), ("step", .step), ("softmax", .softmax)])
    func activationFunction(attribute: String, expected: ActivationFunction) throws {
        let rubric = try Self.load(Self.rubric(activation: #"<activation name="g" function="\#(attribute)"/>"#)).get()
        #expect(rubric.problems[0].models[0].activations.map(\.function) == [expected])
    }

    @Test func everyActivationFunctionIsTested() {
        #expect(ActivationFunction.allCases.map(\.rawValue) == ["identity", "sigmoid", "tanh", "relu", "step", "softmax"])
    }

    @Test func unknownActivationFunctionIsALocatedError() {
        guard case .failure(let failure) = Self.load(Self.rubric(activation: #"<activation name="g" function="swish"/>"#)) else {
            Issue.record("a rubric with function=\"swish\" loaded")
            return
        }
        #expect(failure.diagnostics.count == 1)
        #expect(failure.diagnostics.first?.line == 6)
        #expect(failure.diagnostics.first?.description.hasPrefix("t.xml:6:") == true)
        #expect(failure.diagnostics.first?.message.contains("swish") == true)
    }

    // MARK: Tolerance modes

    @Test(arguments: [("relative", ToleranceMode.relative), ("sigfigs", .significantFigures),
                      ("decimals", .decimalPlaces), ("exact", .exact)])
    func toleranceMode(attribute: String, expected: ToleranceMode) throws {
        let rubric = try Self.load(Self.rubric(tolerance: #"<tolerance mode="\#(attribute)"/>"#)).get()
        #expect(rubric.parts[0].tolerance?.mode == expected)
    }

    @Test func unknownToleranceModeIsALocatedError() {
        guard case .failure(let failure) = Self.load(Self.rubric(tolerance: #"<tolerance mode="approx"/>"#)) else {
            Issue.record("a rubric with mode=\"approx\" loaded")
            return
        }
        #expect(failure.diagnostics.count == 1)
        #expect(failure.diagnostics.first?.line == 11)
        #expect(failure.diagnostics.first?.message.contains("approx") == true)
    }

    /// The reader's own check, for a tree no schema has validated.
    @Test func readerReportsAnUnknownModeWithItsChoices() throws {
        let text = "<tolerance mode=\"approx\" rel=\"0.1\"/>"
        let tree = try SafeXML.parse(bytes: Array(text.utf8), file: "t.xml", schema: nil).get()
        let reader = RubricReader(tree: tree)
        let spec = reader.readTolerance(tree.root)
        #expect(spec.mode == .relative)
        #expect(reader.diagnostics.map(\.description) == ["""
            t.xml:1:1: mode="approx" should be one of relative, sigfigs, decimals, exact
            1 | <tolerance mode="approx" rel="0.1"/>
              | ^
            """])
    }

    // MARK: Exact bounds

    @Test func boundsAreTheDecimalsWritten() throws {
        let rubric = try Self.load(Self.rubric(tolerance: #"<tolerance rel="0.1" abs="1e-3"/>"#)).get()
        let tolerance = try #require(rubric.parts[0].tolerance)
        // 1/10 exactly; the double nearest 0.1 is 3602879701896397/36028797018963968.
        #expect(tolerance.relative == Rational(1) / Rational(10))
        #expect(tolerance.relative != Rational(exactly: 0.1))
        #expect(tolerance.absolute == Rational(1) / Rational(1_000))
    }

    @Test func moreDigitsThanADoubleHoldsAreKept() throws {
        let rubric = try Self.load(Self.rubric(tolerance: #"<tolerance rel="0.10000000000000000001"/>"#)).get()
        let tenToThe20 = (0..<20).reduce(Rational(1)) { power, _ in power * 10 }
        let expected = Rational(1) / Rational(10) + Rational(1) / tenToThe20
        #expect(rubric.parts[0].tolerance?.relative == expected)
    }

    @Test func infiniteBoundIsALocatedError() {
        guard case .failure(let failure) = Self.load(Self.rubric(tolerance: #"<tolerance rel="INF"/>"#)) else {
            Issue.record("a rubric with rel=\"INF\" loaded")
            return
        }
        #expect(failure.diagnostics.map(\.description) == ["""
            t.xml:11:49: rel="INF" should be a finite decimal number, for example 1e-3
            11 |     <part id="a" points="1"><number ask="h[2]"/><tolerance rel="INF"/></part>
               |                                                 ^
            """])
    }
}
