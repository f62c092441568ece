import RNNMath

/// What a norm condition says about gradients through time (Pascanu, Mikolov, Bengio 2013, §2.1).
/// Raw values are the answers a rubric's choice question can list.
package enum GradientRegime: String, Sendable, CaseIterable {
    /// The sufficient condition for vanishing holds: γ·σ_max < 1.
    case vanishing
    /// The necessary (not sufficient) condition for exploding holds: γ·σ_max > 1.
    case mayExplode = "may-explode"
    /// The quantity equals 1: the condition decides nothing.
    case boundary
}

/// The verdict of `GradientBounds.classifyGradients`: the regime, the quantity
/// it was decided by, and a sentence saying which condition is sufficient or necessary.
package struct GradientClassification: Sendable, Hashable {
    /// The regime the quantity places the RNN in.
    package var regime: GradientRegime
    /// `γ·σ_max(W)`.
    package var quantity: Scalar
    /// One sentence for a worked solution or feedback.
    package var explanation: String
}
