/// Total order of rationals: `a/b < c/d ⟺ ad < cb` (denominators are positive).
extension Rational: Comparable {
    /// Whether `lhs < rhs`, compared exactly.
    package static func < (lhs: Rational, rhs: Rational) -> Bool {
        lhs.numerator * rhs.denominator < rhs.numerator * lhs.denominator
    }
}
