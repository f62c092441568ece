/// SplitMix64 (Steele, Lea and Flood 2014): a small, fast generator whose output depends only on
/// its seed, so a rubric's random sequences are the same on every machine and every run.
///
///     var generator = SplitMix64(seed: 1)
///     generator.next()   // the same number on every run
package struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator started from `seed`.
    package init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
