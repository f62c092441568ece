import Foundation

/// numpy's legacy seeded generator, `np.random.seed(s)` then `np.random.…` (`RandomState`):
/// MT19937 and the Gaussian cache of `legacy_gauss`
/// (`numpy/random/src/legacy/legacy-distributions.c`). Every draw gives the same double, bit
/// for bit, as numpy does after the same seed and the same calls.
struct LegacyRandomState {
    private var generator: MT19937
    /// The second value of the last polar Box–Muller pair, returned by the next Gaussian draw.
    private var cachedGaussian: Double?

    /// The state after `np.random.seed(seed)` (the Gaussian cache is emptied too).
    init(seed: UInt32) {
        generator = MT19937(seed: seed)
        cachedGaussian = nil
    }

    /// The state after `np.random.seed([k0, k1, …])` (the Gaussian cache is emptied too).
    init(key: [UInt32]) {
        generator = MT19937(key: key)
        cachedGaussian = nil
    }

    /// `random_sample`: a double in [0, 1) (`rand`, `random_sample`, `uniform`'s source).
    mutating func uniformUnit() -> Double { generator.nextDouble() }

    /// `legacy_gauss`: a standard normal by Marsaglia's polar method, keeping the pair's
    /// second value for the next call (`randn`, `standard_normal`, `normal`).
    mutating func gaussian() -> Double {
        if let cached = cachedGaussian {
            cachedGaussian = nil
            return cached
        }
        var x1: Double, x2: Double, r2: Double
        repeat {
            x1 = 2.0 * generator.nextDouble() - 1.0
            x2 = 2.0 * generator.nextDouble() - 1.0
            r2 = x1 * x1 + x2 * x2
        } while r2 >= 1.0 || r2 == 0.0
        let f = (-2.0 * log(r2) / r2).squareRoot()
        cachedGaussian = f * x1
        return f * x2
    }

    /// An integer in `0…range` by masked rejection (`random_bounded_uint64_fill` with
    /// `use_masked`, as the legacy `randint` calls it): draw, keep the bits under the smallest
    /// all-ones mask ≥ `range`, retry while above `range`. Ranges below 2³² use 32-bit draws.
    mutating func bounded(_ range: UInt64) -> UInt64 {
        if range == 0 { return 0 }
        var mask = range
        for shift in [1, 2, 4, 8, 16, 32] as [UInt64] { mask |= mask >> shift }
        if range <= 0xFFFF_FFFF {
            if range == 0xFFFF_FFFF { return UInt64(generator.next32()) }
            while true {
                let value = UInt64(generator.next32()) & mask
                if value <= range { return value }
            }
        }
        if range == UInt64.max { return generator.next64() }
        while true {
            let value = generator.next64() & mask
            if value <= range { return value }
        }
    }
}
