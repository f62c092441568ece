import Foundation

/// Numbers as reports print them: plain decimal notation, never scientific, never localised.
///
/// `string(2)` is `2`, `string(0.00001)` is `0`, `string(2.5)` is `2.5`, `string(1.0 / 3)` is
/// `0.3333`: the value is rounded to at most `maxFractionDigits` decimals (by the C library's
/// correctly rounded `%.*f`, the same on every platform), trailing zeros and a bare `.` are
/// dropped, and `-0` prints as `0`. Non-finite values print as `NaN`, `Infinity`, `-Infinity`.
package enum DecimalText {
    /// The decimal text of `value` with at most `maxFractionDigits` (0…17) digits after the point.
    package static func string(_ value: Double, maxFractionDigits: Int = 4) -> String {
        guard value.isFinite else {
            return value.isNaN ? "NaN" : (value < 0 ? "-Infinity" : "Infinity")
        }
        let digits = min(max(maxFractionDigits, 0), 17)
        if let fast = fixedPoint(value, digits: digits) { return fast }
        var text = String(format: "%.\(digits)f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }

    /// `value` rounded to `digits` decimals by integer arithmetic, as `%.*f` would print it then
    /// trimmed; nil outside the range where that is exact (|value|·10^digits < 2^53), or where
    /// the product lies within a hair of a rounding tie (there `%.*f`'s exact decimal decides).
    private static func fixedPoint(_ value: Double, digits: Int) -> String? {
        guard digits <= 6 else { return nil }
        let scale = (0..<digits).reduce(1) { result, _ in result * 10 }
        let scaled = value * Double(scale)
        guard abs(scaled) < 9e15, abs(abs(scaled) - abs(scaled).rounded(.down) - 0.5) > 1e-6 else { return nil }
        let units = Int(scaled.rounded())
        if units == 0 { return "0" }
        let whole = abs(units) / scale
        var fraction = abs(units) % scale
        var fractionDigits = digits
        while fractionDigits > 0 && fraction % 10 == 0 { fraction /= 10; fractionDigits -= 1 }
        var text = (units < 0 ? "-" : "") + String(whole)
        if fractionDigits > 0 {
            let padded = String(fraction)
            text += "." + String(repeating: "0", count: fractionDigits - padded.count) + padded
        }
        return text
    }

    /// A percentage for display: at most one decimal, then `%` (`66.7%`).
    package static func percent(_ value: Double) -> String {
        string(value, maxFractionDigits: 1) + "%"
    }

    /// A number of points with its noun: `1 point`, `0.5 points`, `7.5 points` (singular only
    /// for exactly one, as in "1 / 1 point").
    package static func points(_ value: Double, maxFractionDigits: Int = 4) -> String {
        let text = string(value, maxFractionDigits: maxFractionDigits)
        return text + (text == "1" ? " point" : " points")
    }
}
