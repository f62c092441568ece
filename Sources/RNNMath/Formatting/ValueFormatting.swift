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
    /// and no locale: `0.01526121898`, `20224`, `1.152921505e-12`. C's `%.<digits>g` with its
    /// trailing zeros (and a bare `.`) dropped and the exponent without `+` or leading zeros,
    /// rewritten in place on the printed bytes (a large key formats millions of these).
    package static func decimal(_ value: Double, digits: Int = significantDigits) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value > 0 ? "inf" : "-inf") }
        if value == 0 { return "0" }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: printfCapacity) { buffer in
            let printed = printf(value, significantDigits: digits, into: buffer)
            let exponentStart = buffer[..<printed].firstIndex(of: UInt8(ascii: "e")) ?? printed
            var end = trimmedMantissaEnd(buffer[..<exponentStart])
            if exponentStart < printed {
                end = appendExponent(buffer[(exponentStart + 1)..<printed], to: buffer, at: end)
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<end]), as: UTF8.self)
        }
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

    /// Room for any `%.<digits>g` of a double with at most 60 digits (`-`, 60 digits, `.`,
    /// `e-308`, the terminating zero).
    private static let printfCapacity = 128

    /// The format of the default precision, made once.
    private static let defaultFormat = "%.\(significantDigits)g"

    /// Writes C's `%.<digits>g` of `value` into `buffer` and returns its length: correctly
    /// rounded, `.` as the decimal point (this process never changes the C locale), and far
    /// cheaper than `String(format:locale:)`, which builds an ICU number formatter per call.
    private static func printf(_ value: Double, significantDigits digits: Int, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        let format = digits == significantDigits ? defaultFormat : "%.\(min(max(digits, 1), 60))g"
        let written = buffer.withMemoryRebound(to: CChar.self) { characters in
            withVaList([value]) { arguments in vsnprintf(characters.baseAddress, characters.count, format, arguments) }
        }
        return min(max(Int(written), 0), buffer.count - 1)
    }

    /// The end of `mantissa` with the trailing zeros of its fraction and a bare `.` dropped
    /// (`1.500` ends after `1.5`, `2.000` after `2`); its own end when it has no `.`.
    private static func trimmedMantissaEnd(_ mantissa: Slice<UnsafeMutableBufferPointer<UInt8>>) -> Int {
        guard mantissa.contains(UInt8(ascii: ".")) else { return mantissa.endIndex }
        var end = mantissa.endIndex
        while mantissa[end - 1] == UInt8(ascii: "0") { end -= 1 }
        if mantissa[end - 1] == UInt8(ascii: ".") { end -= 1 }
        return end
    }

    /// Writes `e`, the exponent's `-` if any, and its digits without leading zeros (`e+05`
    /// becomes `e5`, `e-12` stays) at `position` in `buffer`; returns the end. `exponent` (the
    /// printed sign and digits) lies after `position`, so moving its bytes left is safe.
    private static func appendExponent(_ exponent: Slice<UnsafeMutableBufferPointer<UInt8>>,
                                       to buffer: UnsafeMutableBufferPointer<UInt8>, at position: Int) -> Int {
        var end = position
        buffer[end] = UInt8(ascii: "e")
        end += 1
        var digits = exponent.startIndex
        if digits < exponent.endIndex, exponent[digits] == UInt8(ascii: "-") || exponent[digits] == UInt8(ascii: "+") {
            if exponent[digits] == UInt8(ascii: "-") { buffer[end] = UInt8(ascii: "-"); end += 1 }
            digits += 1
        }
        while digits < exponent.endIndex - 1, exponent[digits] == UInt8(ascii: "0") { digits += 1 }
        for index in digits..<exponent.endIndex {
            buffer[end] = exponent[index]
            end += 1
        }
        return end
    }
}
