/// The outcome of checking a student's design: whether the network does what the
/// specification asks, what that conclusion rests on, and the shortest counterexample if not.
package struct DesignVerdict: Hashable, Sendable {
    /// Whether the network behaves as specified on everything checked.
    package var passed: Bool
    /// What the verdict rests on: a proof for all lengths, a bounded search, or the cases alone.
    package var basis: Basis
    /// The first input on which the network is wrong (shortest, then first in alphabet order).
    package var counterexample: Counterexample?
    /// One sentence for the student: what was shown, or the counterexample.
    package var summary: String

    /// The fraction of the part's points earned: all of them when the behaviour holds, none
    /// otherwise (passing some `<case>`s earns nothing; see docs/design-checking.md).
    package var credit: Double { passed ? 1 : 0 }

    /// What a design verdict rests on.
    package enum Basis: Hashable, Sendable {
        /// The student's network and the intended behaviour were compared on every reachable
        /// pair of states: `states` pairs were explored.
        case proof(states: Int)
        /// Every input sequence up to `maxLength` (`sequences` of them) and `random` seeded
        /// random sequences of length `randomLength` were run.
        case exhaustive(sequences: Int, maxLength: Int, random: Int, randomLength: Int)
        /// Only the rubric's `count` explicit cases were run (the part has no reference or expectation).
        case cases(count: Int)
    }
}

/// An input on which the network's output differs from the intended one.
package struct Counterexample: Hashable, Sendable, CustomStringConvertible {
    /// The input sequence as text: `0110` for one-character symbols, else symbols separated by blanks.
    package var input: String
    /// The step where the outputs first differ (the input's length for a searched counterexample).
    package var step: Int
    /// The intended output at `step`.
    package var expected: String
    /// The network's output at `step`.
    package var received: String

    /// `input 0110: expected 0 at t=3, got 1`.
    package var description: String { "input \(input): expected \(expected) at t=\(step), got \(received)" }
}
