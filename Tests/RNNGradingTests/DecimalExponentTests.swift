import BigInt
import RNNMath
@testable import RNNGrading
import Testing

/// ⌊log₁₀ x⌋ from bit lengths, for values inside and far outside the Double range.
@Suite struct DecimalExponentTests {
    @Test(arguments: [
        // 1/(91·10^990) = 1.0989…·10^-992.
        (Rational(numerator: 1, denominator: 91 * BigInt(10).power(990)), -992),
        (Rational(numerator: 1, denominator: BigInt(10).power(5)), -5),       // exactly 10^-5
        (Rational(numerator: BigInt(10).power(5) - 1, denominator: BigInt(10).power(10)), -6),   // 0.0000099999
        (Rational(1234), 3),
        (Rational(numerator: BigInt(10).power(400), denominator: 1), 400),  // beyond the Double range
        (Rational(numerator: BigInt(10).power(400) - 1, denominator: 1), 399),
    ])
    func exponent(value: Rational, expected: Int) {
        #expect(value.decimalExponent == expected)
    }
}
