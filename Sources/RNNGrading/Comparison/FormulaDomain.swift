import RNNMath

/// Where a formula's variables are sampled for an equivalence check.
package struct FormulaDomain: Hashable, Sendable {
    /// The default number of sample points, 20.
    package static let defaultSamples = 20
    /// The default seed, so every run samples the same points.
    package static let defaultSeed: UInt64 = 0x5EED_2026

    /// The smallest value a variable takes.
    package var low: Double
    /// The largest value a variable takes.
    package var high: Double
    /// Whether variables take only integers in [low, high].
    package var integers: Bool
    /// How many points are sampled.
    package var samples: Int
    /// The seed of the sampling.
    package var seed: UInt64

    /// The largest magnitude of a domain's end; larger or non-finite ends are clamped to it.
    package static let largestEnd = 1e15

    /// Makes a domain; the defaults sample 20 real points in [−2, 2]. Ends are put in order
    /// and clamped to ±``largestEnd`` (NaN becomes 0), so drawing never traps; `samples` is
    /// clamped to 1…`mostSamples` (the rubric's budget of formula samples).
    package init(low: Double = -2, high: Double = 2, integers: Bool = false, samples: Int = defaultSamples, seed: UInt64 = defaultSeed,
                mostSamples: Int = WorkBudget.standard.formulaSamples) {
        let ends = [low, high].map { $0.isNaN ? 0 : Swift.min(Swift.max($0, -Self.largestEnd), Self.largestEnd) }
        self.low = ends.min() ?? 0
        self.high = ends.max() ?? 0
        self.integers = integers
        self.samples = min(max(1, samples), mostSamples)
        self.seed = seed
    }

    /// One value drawn from the domain.
    func draw(using generator: inout SplitMix64) -> Double {
        if integers {
            let lower = Int(low.rounded(.up)), upper = Int(high.rounded(.down))
            return Double(lower <= upper ? Int.random(in: lower...upper, using: &generator) : lower)
        }
        return low == high ? low : Double.random(in: low...high, using: &generator)
    }
}
