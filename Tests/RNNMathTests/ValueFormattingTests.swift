import RNNMath
import Testing

/// Decimal display forms of values. Expected decimals are C's `%.<digits>g` as printed by Python
/// (`python3 -c "print('%.10g' % v)"`), with the exponent's `+` and leading zeros dropped.
struct ValueFormattingTests {
    static let decimals: [(value: Double, digits: Int, text: String)] = [
        // Ordinary magnitudes: no exponent, trailing zeros trimmed.
        (0.01526121898, 10, "0.01526121898"), (20224, 10, "20224"), (-0.25, 10, "-0.25"), (0.1, 10, "0.1"),
        (2.0 / 3.0, 10, "0.6666666667"), (0.5, 10, "0.5"),
        // Rounding to the significant digits asked for; a binary tie rounds to even.
        (2.0 / 3.0, 4, "0.6667"), (20224, 4, "2.022e4"), (1234567890.5, 10, "1234567890"),
        // Scientific notation: exponent without '+' or leading zeros.
        (1.152921505e-12, 10, "1.152921505e-12"), (1e300, 10, "1e300"), (123456789012, 10, "1.23456789e11"),
        (-1e-5, 10, "-1e-5"),
        // Three-digit exponents, rounding up into the next power of ten, one digit, the extremes.
        (1e-300, 10, "1e-300"), (1e100, 10, "1e100"), (-1.5e-7, 10, "-1.5e-7"), (9.99999999999e22, 10, "1e23"),
        (-123456.789, 3, "-1.23e5"), (0.05, 1, "0.05"), (5e-324, 10, "4.940656458e-324"),
        (1.7976931348623157e308, 17, "1.7976931348623157e308"),
        // Special values.
        (0, 10, "0"), (-0.0, 10, "0"), (.infinity, 10, "inf"), (-.infinity, 10, "-inf"), (.nan, 10, "nan"),
    ]

    @Test(arguments: decimals)
    func decimalIsPrintfG(value: Double, digits: Int, text: String) {
        #expect(ValueFormatting.decimal(value, digits: digits) == text)
    }
}
