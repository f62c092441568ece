/// `Double` as an approximate field, with partial pivoting by magnitude.
extension Double: FieldElement {
    /// The multiplicative identity 1.
    static var one: Double { 1 }

    /// `|self|`: partial pivoting picks the largest magnitude.
    var pivotWeight: Double { Swift.abs(self) }

    /// `size · ε · largest`: a pivot this small is indistinguishable from rounding error.
    static func negligiblePivotWeight(largest: Double, size: Int) -> Double {
        Double(size) * Double.ulpOfOne * largest
    }
}
