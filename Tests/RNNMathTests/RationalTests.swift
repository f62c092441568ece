import BigInt
import Testing
@testable import RNNMath

/// Exact rationals: normalisation, arithmetic, powers, text and Double conversion.
struct RationalTests {
    @Test func reducesAndKeepsDenominatorPositive() throws {
        let r = try Rational.fraction(6, -8)
        #expect(r.numerator == -3)
        #expect(r.denominator == 4)
        #expect(r.description == "-3/4")
        #expect(Rational(6).description == "6")
    }

    /// Reduction on both sides of the machine-word fast path (magnitudes below 2⁶² use Int):
    /// each expected pair is reduced by hand (gcd written beside it).
    @Test(arguments: [
        ("0", "-5", "0", "1"),                                             // gcd 5
        ("-12", "18", "-2", "3"),                                          // gcd 6
        ("12", "-18", "-2", "3"),                                          // gcd 6, sign moves up
        ("2305843009213693952", "1152921504606846976", "2", "1"),          // 2⁶¹ / 2⁶⁰
        ("4611686018427387904", "6", "2305843009213693952", "3"),          // 2⁶² (BigInt path) / 6, gcd 2
        ("-9223372036854775808", "-4", "2305843009213693952", "1"),        // −2⁶³ / −4 (BigInt path)
        ("100000000000000000000", "300000000000000000000", "1", "3"),      // 10²⁰ / (3·10²⁰)
        ("7", "1", "7", "1"),
    ])
    func reductionOnBothPaths(n: String, d: String, reducedN: String, reducedD: String) {
        let r = Rational(numerator: BigInt(n)!, denominator: BigInt(d)!)
        #expect(r.numerator == BigInt(reducedN)! && r.denominator == BigInt(reducedD)!, "\(n)/\(d) → \(r)")
    }

    @Test func zeroDenominatorThrows() {
        #expect(throws: MathError.divisionByZero) { try Rational.fraction(1, 0) }
        #expect(throws: MathError.divisionByZero) { try Rational(1).dividing(by: .zero) }
        #expect(throws: MathError.divisionByZero) { try Rational.zero.power(-1) }
    }

    @Test func arithmetic() throws {
        let half = try Rational.fraction(1, 2)
        let third = try Rational.fraction(1, 3)
        #expect(half + third == (try Rational.fraction(5, 6)))
        #expect(half - third == (try Rational.fraction(1, 6)))
        #expect(half * third == (try Rational.fraction(1, 6)))
        #expect(half / third == (try Rational.fraction(3, 2)))
        #expect(third.negated.magnitude == third)
        #expect((try Rational.fraction(2, 3).power(-2)) == (try Rational.fraction(9, 4)))
        #expect((try Rational.zero.power(0)) == .one)
        #expect(half > third)
        #expect(Rational(-3).sign == -1 && Rational.zero.sign == 0 && half.sign == 1)
        #expect(Rational(4).isInteger && !half.isInteger)
    }

    @Test func exactSquareRoot() throws {
        #expect(try Rational.fraction(9, 4).exactSquareRoot() == (try Rational.fraction(3, 2)))
        #expect(Rational(2).exactSquareRoot() == nil)
        #expect(Rational(-4).exactSquareRoot() == nil)
    }

    // MARK: Parsing (expected values worked by hand)

    @Test(arguments: [
        ("-1.25", "-5/4"), ("+3", "3"), ("3/4", "3/4"), ("-3/4", "-3/4"), ("−3/4", "-3/4"),
        ("1e-3", "1/1000"), ("2.5E+3", "2500"), (".5", "1/2"), ("5.", "5"), ("  0.10 ", "1/10"),
        ("1.5/2", "3/4"), ("6/-8", nil), ("1/0", nil), ("", nil), ("-", nil), (".", nil),
        ("1e", nil), ("e5", nil), ("1.2.3", nil), ("1/2/3", nil), ("abc", nil), ("1e99999", nil),
        ("١٢", nil), ("0x10", nil),
        // Plain decimals of at most 18 digits are read with machine integers; around that
        // limit, with a sign, a point or a zero, the value must not change.
        ("0.125", "1/8"), ("-2.50", "-5/2"), ("-0", "0"), ("-.5", "-1/2"), ("007", "7"),
        ("123456789012345678", "123456789012345678"), ("1234567890123456789", "1234567890123456789"),
        ("0.000000000000000001", "1/1000000000000000000"), ("-99999999.9999999999", "-999999999999999999/10000000000"),
        ("1-", nil), ("--1", nil), ("1..2", nil), ("-", nil),
    ] as [(String, String?)])
    func parse(text: String, expected: String?) {
        #expect(Rational.parse(text)?.description == expected)
    }

    // MARK: Double conversion

    @Test func exactlyFromDouble() throws {
        #expect(Rational(exactly: 0.5) == (try Rational.fraction(1, 2)))
        #expect(Rational(exactly: -3.0) == Rational(-3))
        #expect(Rational(exactly: 0.1)?.description == "3602879701896397/36028797018963968")
        #expect(Rational(exactly: .infinity) == nil)
        #expect(Rational(exactly: .nan) == nil)
        #expect(Rational(exactly: .leastNonzeroMagnitude)?.denominator == BigInt(1) << 1074)
        #expect(Rational(exactly: .greatestFiniteMagnitude)?.doubleValue == .greatestFiniteMagnitude)
    }

    @Test func doubleValueOfHugeParts() throws {
        let ten = BigInt(10)
        #expect(Rational(numerator: ten.power(400), denominator: ten.power(399)).doubleValue == 10)
        #expect(Rational(numerator: -ten.power(500), denominator: 3 * ten.power(500)).doubleValue == -1.0 / 3.0)
        #expect(Rational(numerator: 1, denominator: ten.power(300)).doubleValue == 1e-300)
        #expect(Rational(ten.power(400)).doubleValue == .infinity)
        #expect(Rational(numerator: 1, denominator: 10).doubleValue == 0.1)
        #expect(Rational(numerator: 2, denominator: 3).doubleValue == 2.0 / 3.0)
    }

    @Test(arguments: [0.1, 1.0 / 3.0, 123456.789, -2.5e-300, 1e300, 5e-324, 0x1.fffffffffffffp-1])
    func doubleRoundTrip(value: Double) {
        #expect(Rational(exactly: value)?.doubleValue == value)
    }
}

/// Rounding and size limits of conversions and powers.
struct RationalLimitTests {
    @Test func doubleValueRoundsTiesToEven() {
        let twoTo53 = BigInt(1) << 53
        #expect(Rational(twoTo53 + 1).doubleValue == 0x1p53)          // tie: down to even
        #expect(Rational(twoTo53 + 3).doubleValue == 0x1p53 + 4)      // tie: up to even
        #expect(Rational(numerator: twoTo53 * 2 + 1, denominator: 2).doubleValue == 0x1p53)
    }

    @Test func hugePowersAreRefused() throws {
        #expect(throws: MathError.self) { try Rational(3).power(10_000_000) }
        #expect(throws: MathError.self) { try Rational(3).power(Int.min) }
        #expect(try Rational(1).power(Int.max) == .one)
        #expect(try Rational(-1).power(Int.min + 1) == Rational(-1))
        #expect(try Rational(-1).power(Int.min) == .one)
        #expect(try Rational.zero.power(Int.max) == .zero)
        #expect(throws: MathError.divisionByZero) { try Rational.zero.power(Int.min) }
        #expect(try Rational(2).power(100) == Rational(BigInt(1) << 100))
    }
}
