import ComplexModule
import Foundation
import RealModule

/// Display forms of values for keys, feedback and reports: exact values as integers or
/// fractions (with their decimal), approximate ones to `significantDigits` digits.
package enum ValueFormatting {
    /// Digits shown for approximate values.
    package static let significantDigits = 10

    /// `6`, `-1/4`, `0.04239115828`.
    package static func scalar(_ value: Scalar) -> String {
        switch value {
        case .exact(let r): r.description
        case .approx(let d): decimal(d)
        }
    }

    /// A decimal with up to `digits` significant digits, no exponent for ordinary magnitudes,
    /// and no locale: `0.01526121898`, `20224`, `1.152921505e-12`.
    package static func decimal(_ value: Double, digits: Int = significantDigits) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value > 0 ? "inf" : "-inf") }
        if value == 0 { return "0" }
        var text = printf(value, significantDigits: digits)
        if text.contains("e") {
            let parts = text.split(separator: "e")
            var mantissa = String(parts[0])
            if mantissa.contains(".") { mantissa = trimZeros(mantissa) }
            let exponent = Int(parts[1]) ?? 0
            return "\(mantissa)e\(exponent)"
        }
        if text.contains(".") { text = trimZeros(text) }
        return text
    }

    /// A scalar, vector (`[a, b]`) or matrix (`[[a, b], [c, d]]`); an array with leading axes
    /// as numpy's `tolist()` nests it, `[[[a, b], [c, d]], [[e, f], [g, h]]]` for shape (2, 2, 2).
    package static func matrix(_ m: Matrix, element: (Scalar) -> String = scalar) -> String {
        if m.hasLeadingAxes { return nested(m.shape[...], m.elements[...].map(element)) }
        if m.isScalar { return element(m.elements[0]) }
        if m.cols == 1 { return "[" + m.elements.map(element).joined(separator: ", ") + "]" }
        let rows = (0..<m.rows).map { r in "[" + (0..<m.cols).map { c in element(m[r, c]) }.joined(separator: ", ") + "]" }
        return "[" + rows.joined(separator: ", ") + "]"
    }

    /// Texts of the elements of an array of `shape`, row-major, nested in brackets one level
    /// per axis.
    private static func nested(_ shape: ArraySlice<Int>, _ texts: [String]) -> String {
        guard let first = shape.first, shape.count > 1 else { return "[" + texts.joined(separator: ", ") + "]" }
        let size = texts.count / max(first, 1)
        return "[" + (0..<first).map { k in nested(shape.dropFirst(), Array(texts[(k * size)..<((k + 1) * size)])) }
            .joined(separator: ", ") + "]"
    }

    /// The value in decimals only (every element to `digits` significant digits).
    package static func decimalMatrix(_ m: Matrix, digits: Int = significantDigits) -> String {
        matrix(m) { decimal($0.doubleValue, digits: digits) }
    }

    /// `0.5`, `0.3+0.4i`, `0.3-0.4i`.
    package static func complex(_ z: Complex<Double>) -> String {
        if z.imaginary == 0 { return decimal(z.real) }
        let sign = z.imaginary < 0 ? "-" : "+"
        return "\(decimal(z.real))\(sign)\(decimal(abs(z.imaginary)))i"
    }

    /// C's `%.<digits>g`: correctly rounded, `.` as the decimal point (this process never
    /// changes the C locale), and far cheaper than `String(format:locale:)`, which builds an ICU
    /// number formatter per call (most of the time of a large key).
    private static func printf(_ value: Double, significantDigits digits: Int) -> String {
        var buffer = [CChar](repeating: 0, count: 128)
        _ = withVaList([value]) { arguments in vsnprintf(&buffer, buffer.count, "%.\(min(max(digits, 1), 60))g", arguments) }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func trimZeros(_ text: String) -> String {
        var result = text
        while result.hasSuffix("0") { result.removeLast() }
        if result.hasSuffix(".") { result.removeLast() }
        return result
    }
}
