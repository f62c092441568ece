/// The operations of a field that the linear-algebra algorithms need, so that one algorithm
/// runs exactly on `Rational` and approximately on `Double`.
///
/// Only field arithmetic is required; division by zero is the caller's responsibility
/// (the algorithms only divide by pivots they have checked).
protocol FieldElement: Equatable {
    /// The additive identity.
    static var zero: Self { get }
    /// The multiplicative identity.
    static var one: Self { get }
    /// The integer `value` in this field.
    init(_ value: Int)
    /// Field addition.
    static func + (lhs: Self, rhs: Self) -> Self
    /// Field subtraction.
    static func - (lhs: Self, rhs: Self) -> Self
    /// Field multiplication.
    static func * (lhs: Self, rhs: Self) -> Self
    /// Field division by a nonzero element.
    static func / (lhs: Self, rhs: Self) -> Self
    /// Whether the element is zero.
    var isZero: Bool { get }
    /// How good a pivot the element is: larger is better, 0 only for zero.
    var pivotWeight: Double { get }
    /// Pivot weights at or below this bound count as zero, for a matrix of `size` rows whose
    /// largest pivot weight is `largest` (0 for exact fields; a rounding bound for `Double`).
    static func negligiblePivotWeight(largest: Double, size: Int) -> Double
}
