import RNNMath

/// A real interval such as `(0, 1]` or `(-inf, 0]`, as a student writes it or a key states it.
package struct Interval: Hashable, Sendable {
    /// One end of an interval.
    package enum End: Hashable, Sendable {
        /// No bound on this side (`-inf` on the left, `inf` on the right); always open.
        case unbounded
        /// A finite end, included in the interval when `closed`.
        case finite(Scalar, closed: Bool)
    }

    /// The left end.
    package var lower: End
    /// The right end.
    package var upper: End

    /// Makes an interval from its two ends.
    package init(lower: End, upper: End) {
        self.lower = lower
        self.upper = upper
    }
}
