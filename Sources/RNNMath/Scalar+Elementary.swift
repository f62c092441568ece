import Numerics

/// Elementary (transcendental) functions of scalars. Their results are always approximate,
/// because their values at rational points are irrational (apart from trivial points, which
/// are deliberately not special-cased so that exactness is predictable from the formula alone).
extension Scalar {
    /// `eˣ`, approximate.
    ///
    /// - Throws: `MathError.overflow(operation: "exp")` when the result is not finite.
    package func exp() throws(MathError) -> Scalar {
        try Scalar.approximate(Double.exp(doubleValue), operation: "exp")
    }

    /// The natural logarithm `ln x`, approximate.
    ///
    /// - Throws: `MathError.domain` for `x ≤ 0`.
    package func log() throws(MathError) -> Scalar {
        let x = doubleValue
        guard x > 0 else { throw .domain(operation: "log", detail: "the argument \(self) is not positive") }
        return try Scalar.approximate(Double.log(x), operation: "log")
    }

    /// The hyperbolic tangent `tanh x`, approximate.
    package func tanh() throws(MathError) -> Scalar {
        try Scalar.approximate(Double.tanh(doubleValue), operation: "tanh")
    }

    /// The logistic sigmoid `σ(x) = 1 / (1 + e⁻ˣ)`, approximate, evaluated without overflow
    /// (as `eˣ / (1 + eˣ)` for negative x).
    ///
    ///     try Scalar.zero.sigmoid()   // .approx(0.5)
    package func sigmoid() throws(MathError) -> Scalar {
        try Scalar.approximate(Double.logistic(doubleValue), operation: "sigmoid")
    }
}
