import RNNMath

/// The values one input step can take, with the text each is shown as, and the sizes of the
/// sequence sets built from them.
struct Alphabet {
    let symbols: [Matrix]
    let texts: [String]

    /// The default budget: max-length is the largest L whose sequences up to L number at most this.
    static let defaultBudget = 1_000_000

    /// The sequence of symbol indices as text: `0110` when every symbol is one character, else
    /// the symbols separated by blanks (`[0, 1] [1, 1]`).
    func text(_ sequence: [Int]) -> String {
        Self.join(sequence.map { texts[$0] })
    }

    /// Texts of input values joined as ``text(_:)`` joins symbols.
    static func join(_ texts: [String]) -> String {
        texts.allSatisfy { $0.count == 1 } ? texts.joined() : texts.joined(separator: " ")
    }

    /// The number of sequences of length 1…`maxLength`; nil past `limit` (the rubric's budget
    /// of design sequences).
    func sequenceCount(upTo maxLength: Int, limit: Int) -> Int? {
        var total = 0
        var level = 1
        for _ in 0..<maxLength {
            let next = level.multipliedReportingOverflow(by: symbols.count)
            guard !next.overflow else { return nil }
            level = next.partialValue
            total += level
            if total > limit { return nil }
        }
        return total
    }

    /// The largest length whose sequences up to it number at most `defaultBudget` (at least 1).
    var defaultMaxLength: Int {
        var (total, level, length) = (0, 1, 0)
        while !symbols.isEmpty {
            let next = level.multipliedReportingOverflow(by: symbols.count)
            guard !next.overflow, total + next.partialValue <= Self.defaultBudget else { break }
            (total, level, length) = (total + next.partialValue, next.partialValue, length + 1)
        }
        return max(1, length)
    }
}
