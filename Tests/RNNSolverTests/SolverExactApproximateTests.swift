import RNNMath
import Testing

/// Rational models (identity and relu activations, squared loss) solved twice: with the rubric's
/// exact fractions, and with every parameter replaced by its nearest `Double` (`parameters:`
/// with `.approx` elements). The exact run must stay exact, and the two must agree to 1e-12
/// relative to the largest element of each value.
struct SolverExactApproximateTests {
    static let seeds: [UInt64] = Array(101...110)

    @Test(arguments: seeds)
    func exactAndDoubleRunsAgree(seed: UInt64) throws {
        let random = SolverRandomModel(seed: seed, activations: ["identity", "relu"],
                                       outputs: ["identity", "relu"], gated: false)
        let fixture = try SolverFixture(model: random.xml)
        var approximate: [String: Matrix] = [:]
        for parameter in random.parameters { approximate[parameter.name] = try parameter.approximate() }
        let asks = ["L", "yhat[\(random.steps)]", "h[2]", "grad(L, h[1])", "jacobian(h[3], h[1])", "partial(L, W)"]
            + random.parameters.map { "grad(L, \($0.name))" }
        for ask in asks {
            let exact = try fixture.value(ask)
            let double = try fixture.value(ask, parameters: approximate)
            #expect(exact.isExact, "seed \(seed): \(ask) should be exact")
            // A value can stay exact with Double parameters only where relu cut every path to them.
            #expect(!double.isExact || double == exact, "seed \(seed): \(ask) is exact with Double parameters")
            #expect(exact.rows == double.rows && exact.cols == double.cols)
            let scale = exact.elements.map { abs($0.doubleValue) }.max() ?? 0
            for (e, d) in zip(exact.elements, double.elements) {
                #expect(abs(e.doubleValue - d.doubleValue) <= 1e-12 * scale,
                        "seed \(seed), \(ask): exact \(e), Double \(d)\n\(random.xml)")
            }
        }
    }
}
