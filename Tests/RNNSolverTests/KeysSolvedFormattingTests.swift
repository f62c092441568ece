import RNNMath
import RNNSolver
import Testing

/// Display forms of solved key values: exact forms with their decimals (expected decimals are
/// C's `%.10g`, as in `python3 -c "print('%.10g' % -0.25)"`).
struct KeysSolvedFormattingTests {
    /// Exact values show their fraction and, when it differs, the decimal, by one rule however
    /// long the fraction (issue 15: keys printed long fractions the other way round).
    @Test func solvedShowsExactAndDecimalForms() throws {
        let quarter = try #require(Rational.parse("-1/4"))
        #expect(ValueFormatting.solved(.matrix(.scalar(.exact(quarter)))) == "-1/4 ≈ -0.25")
        #expect(ValueFormatting.solved(.matrix(.scalar(Scalar(6)))) == "6")
        #expect(ValueFormatting.solved(.matrix(.column([.approx(0.5), .approx(-2)]))) == "[0.5, -2]")
        let long = try #require(Rational.parse("15260816979815703028094378017/1000000000000000000000000000000"))
        #expect(ValueFormatting.solved(.matrix(.scalar(.exact(long))))
                == "15260816979815703028094378017/1000000000000000000000000000000 ≈ 0.01526081698")
    }
}
