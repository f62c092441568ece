/// A number as the student wrote it, before it becomes a value.
///
/// Finite numbers keep their exact decimal digits, so `0.1` is exactly 1/10 once converted.
enum NumberLiteral: Hashable, Sendable {
    /// `±numerator / denominator`; the denominator is `nil` when no fraction bar was written.
    case finite(negative: Bool, numerator: DecimalDigits, denominator: DecimalDigits?)
    /// `inf`, `infinity` or `∞`, with its sign.
    case infinity(negative: Bool)
    /// `nan`.
    case notANumber
}

/// An unsigned decimal written exactly: `digits × 10^exponent`.
///
/// `1.25e3` is digits `"125"`, exponent `1`; `0.001` is digits `"0001"`, exponent `-3`.
struct DecimalDigits: Hashable, Sendable {
    /// The ASCII digits, leading zeros kept; never empty.
    var digits: String
    /// The power of ten the digits are multiplied by.
    var exponent: Int

    /// Whether the value is zero.
    var isZero: Bool { digits.allSatisfy { $0 == "0" } }
}
