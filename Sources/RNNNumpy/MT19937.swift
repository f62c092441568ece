/// The Mersenne Twister MT19937 (Matsumoto & Nishimura, 1998) exactly as numpy's legacy
/// `RandomState` runs it (`numpy/random/src/mt19937/mt19937.c`): 624 words of state, seeded
/// from one 32-bit integer by `init_genrand`, tempered 32-bit outputs.
struct MT19937 {
    private var key: [UInt32]
    private var position: Int

    private static let size = 624
    private static let shift = 397

    /// The state `np.random.seed(seed)` sets for an integer seed in 0…2³²−1 (`mt19937_seed`):
    /// `key[0] = seed`, `key[i] = 1812433253·(key[i−1] ⊕ (key[i−1] ≫ 30)) + i` mod 2³².
    init(seed: UInt32) {
        key = [UInt32](repeating: 0, count: Self.size)
        key[0] = seed
        for i in 1..<Self.size {
            key[i] = 1_812_433_253 &* (key[i - 1] ^ (key[i - 1] >> 30)) &+ UInt32(i)
        }
        position = Self.size
    }

    /// The state `np.random.seed(key)` sets for a 1-D array of integers in 0…2³²−1
    /// (`mt19937_init_by_array`, Matsumoto and Nishimura's `init_by_array`).
    init(key initKey: [UInt32]) {
        self.init(seed: 19_650_218)
        var i = 1
        var j = 0
        for _ in 0..<max(Self.size, initKey.count) {
            let previous = key[i - 1] ^ (key[i - 1] >> 30)
            key[i] = (key[i] ^ (previous &* 1_664_525)) &+ initKey[j] &+ UInt32(j)
            i += 1
            j += 1
            if i >= Self.size { key[0] = key[Self.size - 1]; i = 1 }
            if j >= initKey.count { j = 0 }
        }
        for _ in 0..<(Self.size - 1) {
            let previous = key[i - 1] ^ (key[i - 1] >> 30)
            key[i] = (key[i] ^ (previous &* 1_566_083_941)) &- UInt32(i)
            i += 1
            if i >= Self.size { key[0] = key[Self.size - 1]; i = 1 }
        }
        key[0] = 0x8000_0000
    }

    /// The next tempered 32-bit output (`mt19937_next32`).
    mutating func next32() -> UInt32 {
        if position == Self.size { regenerate() }
        var y = key[position]
        position += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C_5680
        y ^= (y << 15) & 0xEFC6_0000
        y ^= y >> 18
        return y
    }

    /// A 64-bit output from two 32-bit ones, high word first (`mt19937_next64`).
    mutating func next64() -> UInt64 {
        let high = UInt64(next32())
        return high << 32 | UInt64(next32())
    }

    /// The double in [0, 1) from 53 random bits, `(a ≫ 5, b ≫ 6)` of two outputs
    /// (`mt19937_next_double`, numpy's `random_sample`).
    mutating func nextDouble() -> Double {
        let a = Double(next32() >> 5)
        let b = Double(next32() >> 6)
        return (a * 67_108_864.0 + b) / 9_007_199_254_740_992.0
    }

    /// Refills the 624 words (`mt19937_gen`).
    private mutating func regenerate() {
        let upper: UInt32 = 0x8000_0000
        let lower: UInt32 = 0x7FFF_FFFF
        let matrixA: UInt32 = 0x9908_B0DF
        for i in 0..<Self.size {
            let y = (key[i] & upper) | (key[(i + 1) % Self.size] & lower)
            key[i] = key[(i + Self.shift) % Self.size] ^ (y >> 1) ^ (y & 1 == 0 ? 0 : matrixA)
        }
        position = 0
    }
}
