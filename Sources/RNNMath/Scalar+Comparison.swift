/// Ordering of scalars by value: exact pairs compare exactly, mixed pairs as `Double`.
///
/// This is a value order for choosing maxima (norms, spectral radius); it is deliberately not
/// `Comparable`, because `Scalar` equality distinguishes `.exact(1)` from `.approx(1)`.
extension Scalar {
    /// Whether `self` is smaller in value than `other`.
    ///
    ///     Scalar(1).isLess(than: .approx(1.5))   // true
    package func isLess(than other: Scalar) -> Bool {
        if case let .exact(a) = self, case let .exact(b) = other { return a < b }
        return doubleValue < other.doubleValue
    }
}
