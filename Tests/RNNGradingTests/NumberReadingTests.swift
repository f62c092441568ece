import RNNMath
import Testing
@testable import RNNGrading

@Suite("Reading numbers")
struct NumberReadingTests {
    // MARK: Decimals
    static let decimals: [(String, Scalar)] = [
        ("6", q(6)), ("0.5", q(1, 2)), (".5", q(1, 2)), ("5.", q(5)), ("0.1", q(1, 10)),
        ("-0.25", q(-1, 4)), ("+2", q(2)), ("007", q(7)), ("0", q(0)), ("-0", q(0)),
        ("0.015261", q(15261, 1_000_000)), ("123456.789", q(123_456_789, 1000)),
    ]

    @Test("decimals are exact", arguments: decimals)
    func decimal(text: String, expected: Scalar) {
        #expect(readValue(text, as: .number) == .number(expected))
    }

    // MARK: Scientific notation
    static let scientific: [(String, Scalar)] = [
        ("1e-3", q(1, 1000)), ("1E3", q(1000)), ("1.2E+04", q(12000)), ("2.5e0", q(5, 2)),
        ("1.2×10^-3", q(3, 2500)), ("1.2*10^(-3)", q(3, 2500)), ("1.2 · 10⁻³", q(3, 2500)),
        ("1.2 × 10^3", q(1200)), ("3⋅10^(2)", q(300)), ("5·10⁺²", q(500)), ("-4e-1", q(-2, 5)),
        ("1.2*10^+3", q(1200)), ("7×10¹²", q(7_000_000_000_000)), ("1.2x10^-3", q(3, 2500)),
        ("1.2 X 10⁻³", q(3, 2500)),
    ]

    @Test("scientific notation", arguments: scientific)
    func scientificNotation(text: String, expected: Scalar) {
        #expect(readValue(text, as: .number) == .number(expected))
    }

    // MARK: Fractions
    static let fractions: [(String, Scalar)] = [
        ("1/4", q(1, 4)), ("-3/4", q(-3, 4)), ("6/8", q(3, 4)), ("1 / 10", q(1, 10)),
        ("1.5/2", q(3, 4)), ("+2/3", q(2, 3)), ("1e2/4", q(25)), ("0/5", q(0)),
    ]

    @Test("fractions", arguments: fractions)
    func fraction(text: String, expected: Scalar) {
        #expect(readValue(text, as: .number) == .number(expected))
    }

    // MARK: Unicode minus and dashes
    static let minusSigns: [(String, Scalar)] = [
        ("−0.5", q(-1, 2)), ("–0.5", q(-1, 2)), ("—0.5", q(-1, 2)), ("‒0.5", q(-1, 2)),
        ("﹣0.5", q(-1, 2)), ("－0.5", q(-1, 2)), ("1e−3", q(1, 1000)), ("−3/4", q(-3, 4)),
        ("1.2×10^−3", q(3, 2500)), ("- 2", q(-2)),
    ]

    @Test("every minus sign and dash", arguments: minusSigns)
    func minus(text: String, expected: Scalar) {
        #expect(readValue(text, as: .number) == .number(expected))
    }

    // MARK: Whitespace
    static let spaced: [(String, Scalar)] = [
        ("  6  ", q(6)), ("\t0.5\t", q(1, 2)), ("\u{00A0}1/4", q(1, 4)), (" -3 / 4 ", q(-3, 4)),
    ]

    @Test("surrounding spaces", arguments: spaced)
    func whitespace(text: String, expected: Scalar) {
        #expect(readValue(text, as: .number) == .number(expected))
    }

    // MARK: inf and nan are read, and graded wrong later
    @Test("inf, ∞ and nan read as approximate values")
    func specials() throws {
        #expect(readValue("inf", as: .number) == .number(.approx(.infinity)))
        #expect(readValue("-Infinity", as: .number) == .number(.approx(-.infinity)))
        #expect(readValue("∞", as: .number) == .number(.approx(.infinity)))
        #expect(readValue("−∞", as: .number) == .number(.approx(-.infinity)))
        guard case let .number(value) = try #require(readValue("NaN", as: .number)) else {
            Issue.record("nan did not read as a number")
            return
        }
        #expect(value.doubleValue.isNaN)
    }
}
