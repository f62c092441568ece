/// A number that remembers whether it is exact.
///
/// Arithmetic between two exact values stays exact; an approximate operand makes the result
/// approximate ("approximate is contagious"). Transcendental functions produce `.approx`.
///
///     Scalar.exact(1) + .exact(Rational.fraction(1, 2))   // .exact(3/2)
///     Scalar.exact(1) + .approx(0.5)                      // .approx(1.5)
package enum Scalar: Hashable, Sendable {
    /// An exact rational value.
    case exact(Rational)
    /// A floating-point approximation.
    case approx(Double)

    /// Exact 0.
    package static let zero = Scalar.exact(.zero)
    /// Exact 1.
    package static let one = Scalar.exact(.one)

    /// The exact integer `value`.
    package init(_ value: Int) {
        self = .exact(Rational(value))
    }

    /// A finite approximate value, or `MathError.overflow(operation:)` when `value` is
    /// infinite or NaN.
    ///
    ///     try Scalar.approximate(.exp(1), operation: "exp")   // .approx(2.718281828459045)
    package static func approximate(_ value: Double, operation: String) throws(MathError) -> Scalar {
        guard value.isFinite else { throw .overflow(operation: operation) }
        return .approx(value == 0 ? 0 : value)  // one zero: −0.0 prints and hashes as 0.0
    }

    /// Whether the value is exact.
    package var isExact: Bool {
        if case .exact = self { true } else { false }
    }

    /// The exact value, or `nil` when approximate.
    package var rational: Rational? {
        if case let .exact(r) = self { r } else { nil }
    }

    /// The value as a `Double` (nearest double for exact values).
    package var doubleValue: Double {
        switch self {
        case let .exact(r): r.doubleValue
        case let .approx(d): d
        }
    }

    /// Whether the value is zero (exact 0, or floating-point ±0).
    package var isZero: Bool {
        switch self {
        case let .exact(r): r.isZero
        case let .approx(d): d == 0
        }
    }
}
