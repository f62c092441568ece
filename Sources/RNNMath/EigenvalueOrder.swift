import Numerics

/// The deterministic order of eigenvalue lists: by modulus, then real part, then imaginary part,
/// all ascending, so a conjugate pair `a ∓ bi` sits together with the negative part first.
enum EigenvalueOrder {
    /// Whether `lhs` comes before `rhs`.
    static func precedes(_ lhs: Complex<Double>, _ rhs: Complex<Double>) -> Bool {
        (lhs.length, lhs.real, lhs.imaginary) < (rhs.length, rhs.real, rhs.imaginary)
    }

    /// Whether exact `lhs` comes before exact `rhs` (by |λ|, then λ).
    static func precedes(_ lhs: Rational, _ rhs: Rational) -> Bool {
        lhs.magnitude != rhs.magnitude ? lhs.magnitude < rhs.magnitude : lhs < rhs
    }

    /// `z` with negative zeros replaced by positive ones, so equal values print identically.
    static func normalized(_ z: Complex<Double>) -> Complex<Double> {
        Complex(z.real == 0 ? 0 : z.real, z.imaginary == 0 ? 0 : z.imaginary)
    }
}
