import Foundation
import RNNMath
import RNNSolver
import Testing

/// A preset cell's parameters are one leaf each, shared by every step and converted to `Double`
/// once (a sigmoid/tanh cell's outputs are approximate anyway); the rubric's value asked for
/// directly stays exact.
struct ModelCellLeavesTests {
    /// PyTorch Elman, I = H = 1: hₜ = tanh(1·xₜ + ½·hₜ₋₁), h₀ = 1, x = (1, 1), L = h₁ + h₂.
    static let model = """
        <param name="weight_ih" value="[[1]]"/><param name="weight_hh" value="[[1/2]]"/>
        <param name="bias_ih" value="[0]"/><param name="bias_hh" value="[0]"/>
        <state name="h" initial="[1]"/>
        <input name="x" values="1 1"/>
        <loss>h[1] + h[2]</loss>
        """
    static let attributes = #"cell="elman" convention="pytorch" input-size="1" hidden-size="1""#

    @Test func parameterAskedDirectlyStaysExact() throws {
        let fixture = try SolverFixture(model: Self.model, attributes: Self.attributes)
        let value = try fixture.value("weight_hh")
        #expect(value == .scalar(.exact(try #require(Rational.parse("1/2")))))
    }

    /// By hand: h₁ = tanh(1.5), h₂ = tanh(1 + h₁/2);
    /// ∂L/∂W_hh = (1 − h₁²)·h₀ + (1 − h₂²)·(h₁ + ½·(1 − h₁²)·h₀), one value from both steps' uses,
    /// and no per-step terms in the working.
    @Test func sharedLeafSumsEveryStep() throws {
        let fixture = try SolverFixture(model: Self.model, attributes: Self.attributes)
        let h1 = Foundation.tanh(1.5), h2 = Foundation.tanh(1 + h1 / 2)
        let expected = (1 - h1 * h1) + (1 - h2 * h2) * (h1 + 0.5 * (1 - h1 * h1))
        let solved = try fixture.evaluate("grad(L, weight_hh)").get()
        let value = try #require(solved.matrix)
        #expect(!value.isExact)
        #expect(abs(value.elements[0].doubleValue - expected) <= 1e-12)
        #expect(!solved.working.contains { $0.label.hasPrefix("∂L/∂weight_hh") })
    }
}
