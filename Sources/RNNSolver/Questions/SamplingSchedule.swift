import RNNMath

/// A scheduled-sampling decay (Bengio et al. 2015, "Scheduled Sampling for Sequence Prediction
/// with Recurrent Neural Networks"): εᵢ is the probability of feeding the true previous
/// token at training step i (a coin is flipped per token).
///
///     try SamplingSchedule.linear(k: Scalar(1), c: Scalar.exact(Rational(1) / Rational(10)), epsilon: Scalar.exact(Rational(1) / Rational(4)))
///         .probability(at: 3)                                            // max(1/4, 1 − 3/10) = 7/10
///     try SamplingSchedule.exponential(k: Scalar.exact(Rational(1) / Rational(2))).probability(at: 3)  // 1/8
///     try SamplingSchedule.inverseSigmoid(k: Scalar(1)).probability(at: 0)   // 1/(1 + e⁰) = 0.5
///
/// See also docs/conventions.md, "Scheduled sampling".
package enum SamplingSchedule: Sendable, Hashable {
    /// Linear decay `εᵢ = max(ε, k − c·i)`, with offset 0 ≤ k ≤ 1, slope c ≥ 0 and floor 0 ≤ ε ≤ 1;
    /// exact for exact parameters.
    case linear(k: Scalar, c: Scalar, epsilon: Scalar)
    /// Exponential decay `εᵢ = kⁱ` with 0 < k < 1; exact for an exact k.
    case exponential(k: Scalar)
    /// Inverse sigmoid decay `εᵢ = k/(k + exp(i/k))` with k ≥ 1; approximate (it needs `exp`).
    case inverseSigmoid(k: Scalar)

    /// εᵢ, the probability of feeding the true token at training step `i` (i ≥ 0).
    ///
    /// - Throws: `MathError.domain` for a negative step or a parameter outside the schedule's
    ///   range (the message names the range), `MathError.overflow` when `exp` overflows.
    package func probability(at i: Int) throws(MathError) -> Scalar {
        try requireDomain(i >= 0, "scheduled sampling", "the training step i must not be negative (got \(i))")
        switch self {
        case let .linear(k, c, epsilon):
            try requireDomain(!epsilon.isLess(than: .zero) && !Scalar.one.isLess(than: epsilon), "scheduled sampling", "the floor ε must lie in [0, 1] (got \(epsilon))")
            try requireDomain(!k.isLess(than: .zero) && !Scalar.one.isLess(than: k), "scheduled sampling", "the offset k must lie in [0, 1] (got \(k))")
            try requireDomain(!c.isLess(than: .zero), "scheduled sampling", "the slope c must not be negative (got \(c))")
            let decayed = try k.subtracting(try c.multiplying(by: Scalar(i)))
            return decayed.isLess(than: epsilon) ? epsilon : decayed
        case let .exponential(k):
            try requireDomain(Scalar.zero.isLess(than: k) && k.isLess(than: .one), "scheduled sampling", "exponential decay needs 0 < k < 1 (got \(k))")
            return try k.power(i)
        case let .inverseSigmoid(k):
            try requireDomain(!k.isLess(than: .one), "scheduled sampling", "inverse sigmoid decay needs k ≥ 1 (got \(k))")
            let growth = try Scalar(i).dividing(by: k).exp()
            return try k.dividing(by: try k.adding(growth))
        }
    }

}
