import RNNMath

/// How a rubric counts "k steps" of backpropagation: as Jacobian factors `∂h_j/∂h_{j−1}`
/// (term (t, k) has t − k of them) or as time steps whose immediate partials are kept
/// (k steps back from t reach `k ≥ t − steps + 1`). Raw values are rubric attribute values.
package enum StepCounting: String, Sendable, CaseIterable {
    /// "τ steps" = at most τ Jacobian factors: keep `t − k ≤ τ`.
    case jacobianFactors = "factors"
    /// "τ steps" = τ time steps including t itself: keep `t − k ≤ τ − 1`.
    case timeSteps = "steps"
}

/// One term `(∂L_t/∂h_t)(∂h_t/∂h_k)(∂⁺h_k/∂W)` of the BPTT double sum `Σ_t Σ_{k≤t}`.
package struct BPTTTerm: Sendable, Hashable, CustomStringConvertible {
    /// The time of the loss term L_t.
    package var t: Int
    /// The time of the immediate partial ∂⁺h_k/∂W.
    package var k: Int
    /// The number of Jacobian factors in ∂h_t/∂h_k, `t − k`.
    package var jacobianFactors: Int { t - k }
    /// `"(t, k)"`.
    package var description: String { "(\(t), \(k))" }
}

/// Full or truncated backpropagation through time, as the set of surviving (t, k) terms of
/// `∂L/∂W = Σ_t Σ_{k≤t} (∂L_t/∂h_t)(∂h_t/∂h_k)(∂⁺h_k/∂W)` over a sequence of length T.
///
///     try BPTTScheme.truncated(steps: 1).survivingTerms(length: 3, counting: .jacobianFactors)
///     // (1,1) (2,1) (2,2) (3,2) (3,3)
///     try BPTTScheme.williamsPeng(h: 2, hPrime: 2).survivingTerms(length: 4, counting: .timeSteps)
///     // updates at t = 2, 4: (1,1) (2,1) (2,2) (3,3) (4,3) (4,4)
///
/// Source: Williams & Peng 1990, "An efficient gradient-based algorithm for on-line training of
/// recurrent network trajectories" (BPTT(h; h′); Sutskever 2013 calls h′ k₁ and h k₂).
/// See also CONVENTIONS.md, "Gradients through time".
package enum BPTTScheme: Sendable, Hashable {
    /// The longest sequence whose terms are listed (T(T+1)/2 terms at most, about half a million).
    package static let maximumLength = 1_000

    /// Every term: `1 ≤ k ≤ t ≤ T`.
    case full
    /// The homework form: each L_t is backpropagated `steps` steps, counted per `StepCounting`.
    case truncated(steps: Int)
    /// Williams & Peng BPTT(h; h′): at every update time `t_j = j·h′ ≤ T`, the losses
    /// `t_j − h′ < t ≤ t_j` are backpropagated h steps back from t_j (k ≥ t_j − h for factors,
    /// k ≥ t_j − h + 1 for time steps). Losses after the last update wait for the next one and
    /// are not included. Needs h ≥ h′ ≥ 1.
    case williamsPeng(h: Int, hPrime: Int)

    /// The surviving terms, ordered by t, then k.
    ///
    /// - Throws: `MathError.domain` for a length outside `0...maximumLength`, a step count below
    ///   its minimum (0 factors or 1 time step), or h < h′.
    package func survivingTerms(length T: Int, counting: StepCounting) throws(MathError) -> [BPTTTerm] {
        try requireDomain(T >= 0, "truncated BPTT", "the sequence length must not be negative (got \(T))")
        try requireDomain(T <= BPTTScheme.maximumLength, "truncated BPTT",
                    "the terms are listed for sequences of at most \(BPTTScheme.maximumLength) steps (got \(T))")
        let reachOffset = counting == .jacobianFactors ? 0 : 1
        var terms: [BPTTTerm] = []
        switch self {
        case .full:
            for t in 1..<(T + 1) {
                for k in 1..<(t + 1) { terms.append(BPTTTerm(t: t, k: k)) }
            }
        case let .truncated(steps):
            try requireDomain(steps >= reachOffset, "truncated BPTT", "truncating after \(steps) \(counting == .jacobianFactors ? "Jacobian factors" : "time steps") is not defined; use at least \(reachOffset)")
            for t in 1..<(T + 1) {
                for k in max(1, t - steps + reachOffset)..<(t + 1) { terms.append(BPTTTerm(t: t, k: k)) }
            }
        case let .williamsPeng(h, hPrime):
            try requireDomain(hPrime >= 1, "truncated BPTT", "BPTT(h; h′) needs h′ ≥ 1 (got \(hPrime))")
            try requireDomain(h >= hPrime, "truncated BPTT", "BPTT(h; h′) needs h ≥ h′ (got h = \(h), h′ = \(hPrime)); otherwise early losses of a block would not be backpropagated at all")
            for update in stride(from: hPrime, through: T, by: hPrime) {
                let earliest = max(1, update - h + reachOffset)
                for t in (update - hPrime + 1)...update {
                    for k in earliest..<max(earliest, t + 1) { terms.append(BPTTTerm(t: t, k: k)) }
                }
            }
        }
        return terms
    }
}
