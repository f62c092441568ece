import RNNMath

/// Bounds on `‖∂h_t/∂h_k‖` for `h_t = σ(W h_{t−1} + U x_t)` (Pascanu, Mikolov, Bengio 2013,
/// "On the difficulty of training recurrent neural networks", §2.1).
///
/// With `‖diag(σ′)‖ ≤ γ` (γ = 1/4 for the sigmoid, 1 for tanh),
/// `‖∂h_t/∂h_k‖₂ ≤ (γ·σ_max(W))^{t−k}`: `γ·σ_max(W) < 1` is sufficient for vanishing gradients,
/// `γ·σ_max(W) > 1` necessary (not sufficient) for exploding ones.
///
///     let W = try Matrix(exact: [[2, 0], [0, 1]])
///     try GradientBounds.pascanuBound(W, gamma: Scalar.exact(Rational(1) / Rational(4)), steps: 3)   // (1/2)³ = 1/8
///     try GradientBounds.classifyGradients(W, gamma: Scalar(1)).regime                             // .mayExplode
///
/// See also docs/conventions.md, "The Pascanu bound".
package enum GradientBounds {
    /// How close an approximate quantity must be to 1 to count as the boundary case.
    package static let boundaryTolerance = 1e-12

    /// `(γ·σ_max(W))^steps`, the Pascanu bound on `‖∂h_t/∂h_k‖₂` for `steps = t − k`; exact when
    /// σ_max(W) is rational.
    ///
    /// - Throws: `MathError.notSquare` for a non-square W; `MathError.domain` for γ ≤ 0 or a
    ///   negative number of steps.
    package static func pascanuBound(_ W: Matrix, gamma: Scalar, steps: Int) throws(MathError) -> Scalar {
        guard steps >= 0 else {
            throw .domain(operation: "gradient bound", detail: "the number of steps t − k must not be negative (got \(steps))")
        }
        return try factor(W, gamma: gamma).power(steps)
    }

    /// Classifies by `q = γ·σ_max(W)`: `q < 1` vanishing (sufficient), `q > 1` may explode
    /// (necessary, not sufficient), `q = 1` boundary.
    ///
    /// - Throws: `MathError.notSquare` for a non-square W; `MathError.domain` for γ ≤ 0.
    package static func classifyGradients(_ W: Matrix, gamma: Scalar) throws(MathError) -> GradientClassification {
        let q = try factor(W, gamma: gamma)
        let name = "γ·σ_max(W) = \(q)"
        return verdict(q,
                       below: "\(name) < 1, so ‖∂h_t/∂h_k‖₂ ≤ (γ·σ_max)^(t−k) → 0: the gradients vanish (the condition is sufficient).",
                       above: "\(name) > 1: this is necessary for exploding gradients but not sufficient, so they may explode or still vanish.",
                       equal: "\(name) = 1: the bound (γ·σ_max)^(t−k) = 1 neither shrinks nor grows, so it decides nothing.")
    }

    /// The classification of `q`: vanishing below 1, may explode above, boundary at 1, with the
    /// matching sentence.
    private static func verdict(_ q: Scalar, below: String, above: String, equal: String) -> GradientClassification {
        switch compareWithOne(q) {
        case .below: GradientClassification(regime: .vanishing, quantity: q, explanation: below)
        case .above: GradientClassification(regime: .mayExplode, quantity: q, explanation: above)
        case .equal: GradientClassification(regime: .boundary, quantity: q, explanation: equal)
        }
    }

    /// `γ·σ_max(W)` after checking W square and γ > 0.
    private static func factor(_ W: Matrix, gamma: Scalar) throws(MathError) -> Scalar {
        guard W.isSquare else { throw .notSquare(operation: "gradient bound", shape: W.shapeDescription) }
        guard Scalar.zero.isLess(than: gamma) else {
            throw .domain(operation: "gradient bound", detail: "the derivative bound γ must be positive (got \(gamma))")
        }
        return try gamma.multiplying(by: try W.norm2())
    }

    /// Where `q` lies relative to 1: exactly for exact values, within `boundaryTolerance` otherwise.
    private static func compareWithOne(_ q: Scalar) -> Ordering {
        if let exact = q.rational {
            return exact < Rational.one ? .below : (exact == Rational.one ? .equal : .above)
        }
        let difference = q.doubleValue - 1
        if abs(difference) <= boundaryTolerance { return .equal }
        return difference < 0 ? .below : .above
    }

    /// The three outcomes of `compareWithOne`.
    private enum Ordering { case below, equal, above }
}
