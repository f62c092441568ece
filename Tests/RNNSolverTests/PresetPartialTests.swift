import Foundation
import Testing
import RNNRubric
import RNNSolver

/// `partial` and follow-through overrides on a preset cell, against formulas worked by hand.
@Suite struct PresetPartialTests {
    /// PyTorch Elman, I = H = 1: h_t = tanh(1·x_t + ½·h_{t−1}), h0 = 1, x = (1, 1), L = h2.
    static let rubric = """
        <?xml version="1.0"?>
        <assignment xmlns="urn:rnngrade:rubric:1" id="p" title="P">
          <problem id="1">
            <model id="m" cell="elman" convention="pytorch" input-size="1" hidden-size="1">
              <param name="weight_ih" value="[[1]]"/><param name="weight_hh" value="[[1/2]]"/>
              <param name="bias_ih" value="[0]"/><param name="bias_hh" value="[0]"/>
              <state name="h" initial="[1]"/>
              <input name="x" values="1 1"/>
              <loss>h[2]</loss>
            </model>
            <part id="a" points="1"><number ask="grad(L, weight_hh)"/></part>
          </problem>
        </assignment>
        """

    static func value(_ ask: String, overrides: [String: Double] = [:]) throws -> Double {
        let rubric = try RubricLoader.parse(bytes: Array(rubric.utf8), file: "p.xml").get()
        let model = try #require(rubric.problems[0].model("m"))
        let expression = try RNNExprParse.expression(ask)
        let solved = try Solver(rubric: rubric).evaluate(expression, model: model,
                                                         overrides: overrides.mapValues { .scalar(.approx($0)) }).get()
        return try #require(solved.matrix).elements[0].doubleValue
    }

    // h1 = tanh(1.5), h2 = tanh(1 + h1/2).
    static let h1 = tanh(1.5)
    static let h2 = tanh(1 + h1 / 2)

    @Test func gradientSumsBothSteps() throws {
        // ∂h2/∂W = (1 − h2²)·(h1 + W·(1 − h1²)·h0) with W = ½, h0 = 1.
        let expected = (1 - Self.h2 * Self.h2) * (Self.h1 + 0.5 * (1 - Self.h1 * Self.h1))
        #expect(abs(try Self.value("grad(L, weight_hh)") - expected) < 1e-12)
    }

    @Test func partialHoldsTheEarlierStateFixed() throws {
        // Only step 2's direct use: (1 − h2²)·h1.
        let expected = (1 - Self.h2 * Self.h2) * Self.h1
        #expect(abs(try Self.value("partial(L, weight_hh)") - expected) < 1e-12)
    }

    @Test func overridingAnEarlierStateChangesTheLaterOnes() throws {
        // With h1 := 0.25 substituted: h2 = tanh(1 + 0.125).
        #expect(abs(try Self.value("h[2]", overrides: ["h[1]": 0.25]) - tanh(1.125)) < 1e-12)
    }

    @Test func omittedInitialStateIsZero() throws {
        let text = Self.rubric.replacingOccurrences(of: #"<state name="h" initial="[1]"/>"#, with: "")
        let rubric = try RubricLoader.parse(bytes: Array(text.utf8), file: "p.xml").get()
        let solved = try Solver(rubric: rubric).evaluate(try RNNExprParse.expression("h[0]"), model: rubric.problems[0].models[0]).get()
        #expect(solved.matrix == .zeros(1, 1))
    }
}
