import RNNMath
import Testing

/// Seed 003 through a rubric, against values worked out by hand (docs/conventions.md):
/// h₀ = 1, x = (10, 10), y = (5, 5), W_h = 1, W_x = 1/10, W_y = 2, identity activations,
/// hₜ = W_h hₜ₋₁ + W_x xₜ, ŷₜ = W_y hₜ, L = Σₜ (ŷₜ − yₜ)².
///
/// By hand: h₁ = 1 + 1 = 2, h₂ = 2 + 1 = 3, ŷ = (4, 6), L = (−1)² + 1² = 2.
/// ∂L/∂ŷ₁ = −2, ∂L/∂ŷ₂ = 2; ∂L/∂h₂ = 2·W_y = 4; ∂L/∂h₁ = −2·W_y + W_h·4 = 0.
/// ∂L/∂W_h = ∂L/∂h₁·h₀ + ∂L/∂h₂·h₁ = 0·1 + 4·2 = 8; ∂L/∂W_x = 0·10 + 4·10 = 40;
/// ∂L/∂W_y = −2·h₁ + 2·h₂ = −4 + 6 = 2.
/// Immediate partials (earlier steps held fixed): ∂⁺L/∂h₁ = −2·W_y = −4 (only through ŷ₁);
/// ∂⁺L/∂W_h = (−4)·h₀ + 4·h₁ = −4 + 8 = 4.
struct SolverSeed003Tests {
    static let model = """
        <param name="W_h" value="1"/>
        <param name="W_x" value="1/10"/>
        <param name="W_y" value="2"/>
        <state name="h" initial="1"/>
        <input name="x" values="10 10"/>
        <target name="y" values="5 5"/>
        <equation>h[t] = W_h*h[t-1] + W_x*x[t]</equation>
        <equation>yhat[t] = W_y*h[t]</equation>
        <loss name="L">sum_t (yhat[t] - y[t])^2</loss>
        """

    static let handValues: [(ask: String, value: Int)] = [
        ("h[1]", 2), ("h[2]", 3), ("yhat[1]", 4), ("yhat[2]", 6), ("L", 2),
        ("grad(L, h[2])", 4), ("grad(L, h[1])", 0), ("grad(L, yhat[1])", -2),
        ("grad(L, W_h)", 8), ("grad(L, W_x)", 40), ("grad(L, W_y)", 2),
        ("partial(L, W_h)", 4), ("partial(L, h[1])", -4),
        ("jacobian(h[2], h[1])", 1), ("jacobian(yhat[2], h[1])", 2),
    ]

    @Test(arguments: handValues)
    func askMatchesHandComputationExactly(ask: String, value: Int) throws {
        let fixture = try SolverFixture(model: Self.model)
        let result = try fixture.value(ask)
        #expect(result == .scalar(Scalar(value)), "\(ask)")
        #expect(result.isExact, "\(ask) should be exact")
    }

    /// The worked solution shows every step's state and, for a parameter, one BPTT term per use:
    /// the use at t = 1 contributes ∂L/∂h₁·h₀ = 0, the use at t = 2 contributes ∂L/∂h₂·h₁ = 8.
    @Test func gradientWorkingListsStatesAndPerStepTerms() throws {
        let fixture = try SolverFixture(model: Self.model)
        let working = try fixture.evaluate("grad(L, W_h)").get().working
        let byLabel = Dictionary(working.map { ($0.label, $0.value) }, uniquingKeysWith: { first, _ in first })
        #expect(byLabel["h[1]"] == .scalar(Scalar(2)))
        #expect(byLabel["h[2]"] == .scalar(Scalar(3)))
        #expect(byLabel["∂L/∂W_h, use at t=1"] == .scalar(Scalar(0)))
        #expect(byLabel["∂L/∂W_h, use at t=2"] == .scalar(Scalar(8)))
    }

    /// W_x = 1/10 stays a fraction: h₁ = W_h + W_x·x₁ with x₁ = 3 is 13/10 exactly, not 1.3000000000000003.
    @Test func fractionalParameterStaysExact() throws {
        let fixture = try SolverFixture(model: Self.model.replacingOccurrences(of: "values=\"10 10\"", with: "values=\"3 3\""))
        #expect(try fixture.value("h[1]") == .scalar(.exact(try #require(Rational.parse("13/10")))))
    }
}
