import RNNMath

/// A real interval such as `(0, 1]` or `(-inf, 0]`, as a student writes it or a key states it.
public struct Interval: Hashable, Sendable {
    /// One end of an interval.
    public enum End: Hashable, Sendable {
        /// No bound on this side (`-inf` on the left, `inf` on the right); always open.
        case unbounded
        /// A finite end, included in the interval when `closed`.
        case finite(Scalar, closed: Bool)
    }

    /// The left end.
    public var lower: End
    /// The right end.
    public var upper: End

    /// Makes an interval from its two ends.
    public init(lower: End, upper: End) {
        self.lower = lower
        self.upper = upper
    }
}
