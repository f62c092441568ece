/// Where a formula's variables are sampled for an equivalence check.
public struct FormulaDomain: Hashable, Sendable {
    /// The default number of sample points, 20.
    public static let defaultSamples = 20
    /// The default seed, so every run samples the same points.
    public static let defaultSeed: UInt64 = 0x5EED_2026

    /// The smallest value a variable takes.
    public var low: Double
    /// The largest value a variable takes.
    public var high: Double
    /// Whether variables take only integers in [low, high].
    public var integers: Bool
    /// How many points are sampled.
    public var samples: Int
    /// The seed of the sampling.
    public var seed: UInt64

    /// Makes a domain; the defaults sample 20 real points in [−2, 2].
    public init(low: Double = -2, high: Double = 2, integers: Bool = false, samples: Int = defaultSamples, seed: UInt64 = defaultSeed) {
        self.low = min(low, high)
        self.high = max(low, high)
        self.integers = integers
        self.samples = max(1, samples)
        self.seed = seed
    }

    /// One value drawn from the domain.
    func draw(using generator: inout SeededGenerator) -> Double {
        guard low.isFinite, high.isFinite else { return 0 }
        if integers {
            let lower = Int(low.rounded(.up)), upper = Int(high.rounded(.down))
            return Double(lower <= upper ? Int.random(in: lower...upper, using: &generator) : lower)
        }
        return low == high ? low : Double.random(in: low...high, using: &generator)
    }
}
