/// Follow-through that would exceed the rubric's work budget: the earlier part whose answer was
/// carried forward and the solver's message.
struct FollowThroughExcess: Error {
    /// The earlier part (`1.a`).
    let source: String
    /// What would have been too big.
    let message: String
}
