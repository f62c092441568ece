import Foundation

/// Numbers as reports print them: plain decimal notation, never scientific, never localised.
///
/// `string(2)` is `2`, `string(0.00001)` is `0`, `string(2.5)` is `2.5`, `string(1.0 / 3)` is
/// `0.3333`: the value is rounded to at most `maxFractionDigits` decimals (by the C library's
/// correctly rounded `%.*f`, the same on every platform), trailing zeros and a bare `.` are
/// dropped, and `-0` prints as `0`. Non-finite values print as `NaN`, `Infinity`, `-Infinity`.
public enum DecimalText {
    /// The decimal text of `value` with at most `maxFractionDigits` (0…17) digits after the point.
    public static func string(_ value: Double, maxFractionDigits: Int = 4) -> String {
        guard value.isFinite else {
            return value.isNaN ? "NaN" : (value < 0 ? "-Infinity" : "Infinity")
        }
        let digits = min(max(maxFractionDigits, 0), 17)
        var text = String(format: "%.\(digits)f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }

    /// A percentage for display: at most one decimal, then `%` (`66.7%`).
    static func percent(_ value: Double) -> String {
        string(value, maxFractionDigits: 1) + "%"
    }
}
