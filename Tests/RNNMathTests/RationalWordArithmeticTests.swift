import BigInt
import Testing
@testable import RNNMath

/// `+ − · /` of word-sized rationals are computed with machine integers; at the edge of a word
/// (2⁶²) they must hand over to BigInt and give the same exact, reduced results.
struct RationalWordArithmeticTests {
    /// 2⁶¹, the largest power of two whose double is still below the word bound only once.
    static let half = BigInt(1) << 61

    @Test func smallFractionsReduce() throws {
        // 1/3 + 1/6 = 2/6 + 1/6 = 3/6 = 1/2; 1/2 − 5/6 = 3/6 − 5/6 = −1/3;
        // (−3/4)·(8/9) = −24/36 = −2/3; (−3/4) / (−9/8) = 24/36 = 2/3.
        #expect(try Rational.fraction(1, 3) + Rational.fraction(1, 6) == Rational.fraction(1, 2))
        #expect(try Rational.fraction(1, 2) - Rational.fraction(5, 6) == Rational.fraction(-1, 3))
        #expect(try Rational.fraction(-3, 4) * Rational.fraction(8, 9) == Rational.fraction(-2, 3))
        #expect(try Rational.fraction(-3, 4) / Rational.fraction(-9, 8) == Rational.fraction(2, 3))
        #expect(try (Rational.fraction(2, 3) / Rational.fraction(2, 3)).denominator == 1)
    }

    @Test func resultsPastAWordFallBackToBigInt() throws {
        let h = Rational(Self.half)   // 2⁶¹ = 2305843009213693952
        // 2⁶¹ + 2⁶¹ = 2⁶² = 4611686018427387904, one past the word bound.
        #expect(h + h == Rational(BigInt(4611686018427387904)))
        // 2⁶¹ · 3 = 6917529027641081856; 2⁶¹ · 2⁶¹ = 2¹²² overflows Int altogether.
        #expect(h * Rational(3) == Rational(BigInt(6917529027641081856)))
        #expect(h * h == Rational(BigInt(1) << 122))
        // (1/2⁶¹) / 4 = 1/2⁶³: the denominator leaves the word.
        let quarter = try Rational.fraction(1, BigInt(1) << 63)
        #expect(Rational.one / h / Rational(4) == quarter)
        // 1/(2⁶¹ − 1) + 1/(2⁶¹ + 1): the cross products stay in a word but the denominator
        // (2⁶¹ − 1)(2⁶¹ + 1) = 2¹²² − 1 does not; the sum is 2⁶² / (2¹²² − 1), already reduced
        // (2¹²² − 1 is odd).
        let sum = try Rational.fraction(1, Self.half - 1) + Rational.fraction(1, Self.half + 1)
        let expected = try Rational.fraction(BigInt(1) << 62, (BigInt(1) << 122) - 1)
        #expect(sum == expected)
    }

    @Test func negativeValuesKeepAPositiveDenominator() throws {
        // 5/(−7) is stored as −5/7; −5/7 − 2/7 = −1; (−1/2⁶¹)·(−1) = 1/2⁶¹.
        let a = try Rational.fraction(5, -7)
        #expect(a.denominator == 7)
        #expect(try a - Rational.fraction(2, 7) == Rational(-1))
        let tiny = try Rational.fraction(-1, Self.half)
        let positive = try Rational.fraction(1, Self.half)
        #expect(tiny * Rational(-1) == positive)
        #expect((tiny * Rational(-1)).denominator == Self.half)
    }
}
