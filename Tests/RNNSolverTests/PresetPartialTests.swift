import Foundation
import Testing
import RNNMath

/// `partial` and follow-through overrides on a preset cell, against formulas worked by hand.
@Suite struct PresetPartialTests {
    /// PyTorch Elman, I = H = 1: h_t = tanh(1·x_t + ½·h_{t−1}), h0 = 1, x = (1, 1), L = h2.
    static let body = """
        <param name="weight_ih" value="[[1]]"/><param name="weight_hh" value="[[1/2]]"/>
        <param name="bias_ih" value="[0]"/><param name="bias_hh" value="[0]"/>
        <state name="h" initial="[1]"/>
        <input name="x" values="1 1"/>
        <loss>h[2]</loss>
        """
    static let cell = #"cell="elman" convention="pytorch" input-size="1" hidden-size="1""#

    static func value(_ ask: String, overrides: [String: Double] = [:]) throws -> Double {
        try SolverFixture(model: body, attributes: cell)
            .value(ask, overrides: overrides.mapValues { .scalar(.approx($0)) }).elements[0].doubleValue
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
        let body = Self.body.replacingOccurrences(of: #"<state name="h" initial="[1]"/>"#, with: "")
        #expect(try SolverFixture(model: body, attributes: Self.cell).value("h[0]") == .zeros(1, 1))
    }
}
