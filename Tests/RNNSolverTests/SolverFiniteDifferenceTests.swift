import RNNMath
import Testing

/// `grad(L, P)` on random rubric models (sigmoid, tanh and relu states; identity, sigmoid and
/// tanh outputs; Elman and gated shapes) against central differences of `L`, each re-solved
/// with one element of P perturbed through `Solver.evaluate(_:model:overrides:parameters:)`.
struct SolverFiniteDifferenceTests {
    static let seeds: [UInt64] = Array(1...10)

    /// The model drawn from `seed`, or, when a relu pre-activation is exactly 0 at some step
    /// (a kink, where central differences do not measure the derivative), from `seed + 1000`,
    /// and so on.
    static func smoothModel(seed: UInt64) throws -> (SolverRandomModel, SolverFixture, UInt64) {
        var next = seed
        while true {
            let random = SolverRandomModel(seed: next, activations: ["sigmoid", "tanh", "relu"],
                                           outputs: ["identity", "sigmoid", "tanh"], gated: true)
            let fixture = try SolverFixture(model: random.xml)
            let kinked = try (1...random.steps).contains { t in
                try fixture.value("W*h[\(t - 1)] + U*x[\(t)] + b").elements.contains(.zero)
            }
            if !random.xml.contains("relu") || !kinked { return (random, fixture, next) }
            next += 1000
        }
    }

    @Test(arguments: seeds)
    func gradientMatchesCentralDifferences(seed first: UInt64) throws {
        let (random, fixture, seed) = try Self.smoothModel(seed: first)
        for parameter in random.parameters {
            let analytic = try fixture.value("grad(L, \(parameter.name))")
            #expect(analytic.rows == parameter.rows && analytic.cols == parameter.cols)
            for element in parameter.values.indices {
                let step = 1e-6 * max(1, abs(parameter.values[element].doubleValue))
                func loss(_ shift: Double) throws -> Double {
                    let perturbed = try parameter.approximate(shifting: element, by: shift)
                    return try fixture.value("L", parameters: [parameter.name: perturbed]).elements[0].doubleValue
                }
                let numeric = (try loss(step) - loss(-step)) / (2 * step)
                let a = analytic.elements[element].doubleValue
                #expect(abs(a - numeric) <= 1e-6 * max(1, abs(a), abs(numeric)),
                        "seed \(seed), ∂L/∂\(parameter.name) element \(element): solver \(a), central difference \(numeric)\n\(random.xml)")
            }
        }
    }
}
