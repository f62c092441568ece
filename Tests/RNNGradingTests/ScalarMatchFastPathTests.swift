import Foundation
import Testing
import RNNMath
@testable import RNNGrading

/// The Double shortcut of the relative tolerance test decides only where the exact rational
/// test agrees: seeded random pairs near and far from the bound, and pairs on it.
@Suite struct ScalarMatchFastPathTests {
    @Test func neverDisagreesWithTheExactTest() throws {
        var generator = SplitMix64(seed: 11)
        var decided = 0
        for _ in 0..<20_000 {
            let key = pow(10, Double.random(in: -8...8, using: &generator)) * (Bool.random(using: &generator) ? 1 : -1)
            let relative = Rational.parse(["1e-3", "1e-6", "1e-12", "0"].randomElement(using: &generator)!)!
            let absolute = Rational.parse(["1e-8", "1e-9", "0", "1e-15"].randomElement(using: &generator)!)!
            let tolerance = Tolerance.relative(relative, absolute: absolute)
            let bound = absolute.doubleValue + relative.doubleValue * abs(key)
            // Students just inside, on, and just outside the bound, and far away.
            let offset = bound * [0.5, 0.999999999, 1, 1.000000001, 2, 1e6].randomElement(using: &generator)!
            let student = key + (Bool.random(using: &generator) ? offset : -offset)
            guard let fast = ScalarMatch.clearlyDecided(student, key: key, tolerance: tolerance) else { continue }
            decided += 1
            let exact = ScalarMatch.isWithin(try #require(Rational(exactly: student)), key: try #require(Rational(exactly: key)), tolerance: tolerance)
            #expect(fast == exact, "student \(student), key \(key), rel \(relative), abs \(absolute)")
        }
        // Half the cases sit within 1e-9 of the bound on purpose; the shortcut decides most of the rest.
        #expect(decided > 5_000)
    }
}
