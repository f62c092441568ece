import RNNMath

/// What a compiled model carries from one step to the next: the exact values of the
/// quantities later steps read (usually their values at t−1), and the step phase.
///
/// Two runs in equal states behave identically on every continuation, so states are the
/// nodes of the automaton that ``EquivalenceProof`` explores.
struct StepState: Hashable, Sendable {
    /// The next step's number, capped one past the last step-specific equation (`y[1] = …`),
    /// where the equations stop depending on it.
    let phase: Int
    /// The carried values, laid out by ``SlotLayout``; nil before the first step.
    let history: [Matrix?]

    /// Whether every carried value is exact (only then is a state's identity meaningful for a proof).
    var isExact: Bool { history.allSatisfy { $0?.isExact ?? true } }
}
