/// How a student's number is compared with the key's.
///
/// Raw values are the rubric's attribute values (`<tolerance mode="sigfigs" digits="3"/>`).
/// Every mode's exact semantics, with examples, is in docs/comparison.md.
package enum ToleranceMode: String, CaseIterable, Sendable {
    /// `|s − t| ≤ atol + rtol·|t|`.
    case relative
    /// `|s − t| ≤ ½·10^(e − n + 1)` where `e = ⌊log₁₀|t|⌋`: within half a unit in the key's
    /// n-th significant figure.
    case significantFigures = "sigfigs"
    /// `|s − t| ≤ ½·10^(−n)`: within half a unit in the n-th decimal place.
    case decimalPlaces = "decimals"
    /// `s = t` as rationals.
    case exact
}
