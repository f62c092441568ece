/// Scores choice labels.
///
/// Credit is `right picks / key size − wrong picks × penalty`, floored at 0: each right pick
/// earns an equal share, each wrong pick takes `penalty` of the part's credit away (by default
/// one right pick's share, `1 / key size`), and a missed label earns nothing. Against `f i o`
/// with `penalty="0.5"`, `f, i, C` earns 2/3 − 1/2 = 1/6. A single choice is the case of a
/// one-label key: right or wrong.
package enum ChoiceScoring {
    /// The score of the labels `picks` against the key's labels (both compared without case),
    /// each wrong pick costing `penalty` (nil: one right pick's share).
    package static func score(_ picks: [String], key: [String], penalty: Double? = nil) -> Score {
        let chosen = Set(picks.map { $0.lowercased() })
        let correct = Set(key.map { $0.lowercased() })
        guard !correct.isEmpty else {
            return chosen.isEmpty ? .full : .zero("no choice is correct here")
        }
        let right = chosen.intersection(correct).count
        let wrong = chosen.subtracting(correct).count
        var feedback: [String] = []
        if wrong > 0 {
            feedback.append(chosen.count == 1 ? "this choice is wrong" : "\(wrong) of your choices \(wrong == 1 ? "is" : "are") wrong")
        }
        if right < correct.count, correct.count > 1 {
            feedback.append("\(correct.count - right) correct \(correct.count - right == 1 ? "choice is" : "choices are") missing")
        }
        let share = 1 / Double(correct.count)
        return Score(fraction: max(0, Double(right) * share - Double(wrong) * (penalty ?? share)), feedback: feedback)
    }
}
