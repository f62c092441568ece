import Testing
import RNNMath

/// Terminating decimals, against expansions worked by hand: 3/8 = 0.375, 1/3 = 0.333…,
/// 7/20 = 0.35, -1/16 = -0.0625, 12 = 12, 1/80 = 0.0125.
struct TerminatingDecimalTests {
    @Test(arguments: [("3/8", 3, "0.375"), ("7/20", 2, "0.35"), ("-1/16", 4, "-0.0625"), ("12", 0, "12"), ("1/80", 4, "0.0125"), ("-5/2", 1, "-2.5")])
    func terminating(_ text: String, _ digits: Int, _ decimal: String) throws {
        let value = try #require(Rational.parse(text))
        #expect(value.terminatingDecimalDigits == digits)
        #expect(value.terminatingDecimalText == decimal)
    }

    @Test(arguments: ["1/3", "2/7", "1/6", "-5/12"])
    func repeating(_ text: String) throws {
        let value = try #require(Rational.parse(text))
        #expect(value.terminatingDecimalDigits == nil)
        #expect(value.terminatingDecimalText == nil)
    }
}
