import RNNMath

/// What a compiled model carries from one step to the next: the exact values of the
/// quantities later steps read (usually their values at t−1), and the step phase.
///
/// Two runs in equal states behave identically on every continuation, so states are the
/// nodes of the automaton that ``EquivalenceProof`` explores.
struct StepState: Hashable {
    /// The next step's number, capped where the equations stop depending on it
    /// (one past the last step-specific equation; uncapped when an equation reads `t`).
    let phase: Int
    /// The carried values, laid out by ``SlotLayout``; nil before the first step.
    let history: [Matrix?]

    /// Whether every carried value is exact (only then is a state's identity meaningful for a proof).
    var isExact: Bool { history.allSatisfy { $0?.isExact ?? true } }
}
