import RNNMath
import Testing
@testable import RNNSolver

/// A reverse sweep towards chosen nodes gives them the same gradients as a full sweep and
/// sends nothing into the nodes that do not lead to them (data and constants).
struct EngineTargetedBackwardTests {
    /// Seed 003 (docs/conventions.md), as in `EngineTests`: h₀ = 1, x = (10, 10), y = (5, 5),
    /// W_h = 1, W_x = 1/10, W_y = 2, hₜ = W_h hₜ₋₁ + W_x xₜ, L = Σ(W_y hₜ − yₜ)².
    /// By hand: ∂L/∂W_h = 8 and ∂L/∂W_x = 40; ∂L/∂x₁ = W_x·∂L/∂h₁ = 0, ∂L/∂x₂ = W_x·4 = 2/5.
    @Test func onlyTheTargetsAndWhatLeadsToThemReceiveGradients() throws {
        let g = Graph()
        let wh = g.leaf(.scalar(Scalar(1)), name: "W_h")
        let wx = g.leaf(.scalar(.exact(try Rational.fraction(1, 10))), name: "W_x")
        let wy = g.leaf(.scalar(Scalar(2)), name: "W_y")
        var h = g.leaf(.scalar(Scalar(1)), name: "h[0]")
        var inputs: [NodeID] = []
        var terms: [NodeID] = []
        for t in 1...2 {
            let x = g.constant(.scalar(Scalar(10)), label: "x[\(t)]")
            inputs.append(x)
            let y = g.constant(.scalar(Scalar(5)), label: "y[\(t)]")
            h = try g.add(try g.matmul(wh, h), try g.matmul(wx, x))
            terms.append(try g.power(try g.subtract(try g.matmul(wy, h), y), 2))
        }
        let loss = try g.add(terms[0], terms[1])
        let full = try g.backward(from: loss)
        let targeted = try g.backward(from: loss, towards: [wh, wx])
        #expect(targeted[wh] == .scalar(Scalar(8)) && targeted[wx] == .scalar(Scalar(40)))
        #expect(full[inputs[1]] == .scalar(.exact(try Rational.fraction(2, 5))) && full.reached(wy))
        #expect(!targeted.reached(inputs[0]) && !targeted.reached(inputs[1]) && !targeted.reached(wy))
    }
}
