/// Rationals form an exact field: any nonzero pivot is as good as any other.
extension Rational: FieldElement {
    /// 1 for nonzero values, 0 for zero.
    var pivotWeight: Double { isZero ? 0 : 1 }

    /// Always 0: exact arithmetic has no rounding.
    static func negligiblePivotWeight(largest: Double, size: Int) -> Double { 0 }
}
