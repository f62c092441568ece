/// What went over a ``WorkBudget``: the work that was refused, the limit it needed raised, and
/// the rubric attribute that raises it.
///
///     BudgetExcess(work: "exact values of 4098 bits", limit: .exactBits, budget: .standard).description
///     // "exact values of 4098 bits would exceed the 4096-bit budget (raise it with <budget exact-bits="…"/> in the rubric's <defaults>)"
package struct BudgetExcess: Hashable, Sendable, CustomStringConvertible {
    /// The refused work, in words: "exact values of 4098 bits", "det of an exact 200×200 matrix".
    package var work: String
    /// The limit that refused it.
    package var limit: WorkBudget.Limit
    /// The limit's value when it refused.
    package var value: Int

    /// The excess of `work` over `limit` of `budget`.
    package init(work: String, limit: WorkBudget.Limit, budget: WorkBudget) {
        self.work = work
        self.limit = limit
        self.value = budget[keyPath: limit.keyPath]
    }

    /// The limit exceeded, in words: "the 4096-bit budget".
    package var limitPhrase: String { limit.phrase(value) }

    /// The sentence, with how to raise the limit.
    package var description: String {
        "\(work) would exceed \(limitPhrase) (raise it with <budget \(limit.rawValue)=\"…\"/> in the rubric's <defaults>)"
    }
}
