import RNNMath
import Testing

/// Numbers as reports print them: at most four decimals unless asked otherwise, no exponent,
/// `-0` as `0`, trailing zeros dropped (expected texts worked by hand).
@Suite struct DecimalTextTests {
    static let cases: [(Double, String)] = [
        (2.0, "2"), (2.5, "2.5"), (0.00001, "0"), (1e-5 * 3, "0"), (1.0 / 3, "0.3333"), (2.0 / 3, "0.6667"),
        (-0.00001, "0"), (-1.25, "-1.25"), (1e21, "1000000000000000000000"), (123456.78, "123456.78"),
        (0.1 + 0.2, "0.3"), (Double.nan, "NaN"), (Double.infinity, "Infinity"), (-Double.infinity, "-Infinity"),
    ]

    @Test(arguments: cases)
    func fourDecimals(value: Double, text: String) {
        #expect(DecimalText.string(value) == text)
    }

    @Test func fewerDecimals() {
        #expect(DecimalText.string(58.3333, maxFractionDigits: 2) == "58.33")
        #expect(DecimalText.string(99.996, maxFractionDigits: 2) == "100")
        #expect(DecimalText.percent(100.0 / 3) == "33.3%")
    }

    /// "1 point" only for exactly one; rounding decides (0.99996 prints as 1).
    @Test func pointsWithTheirNoun() {
        #expect(DecimalText.points(1) == "1 point")
        #expect(DecimalText.points(0.99996) == "1 point")
        #expect(DecimalText.points(0) == "0 points")
        #expect(DecimalText.points(0.5) == "0.5 points")
        #expect(DecimalText.points(11) == "11 points")
        #expect(DecimalText.points(1.004, maxFractionDigits: 2) == "1 point")
    }
}
