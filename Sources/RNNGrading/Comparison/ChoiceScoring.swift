/// Scores choice labels.
///
/// Credit is `(right picks − wrong picks) / key size`, floored at 0: each right pick earns an
/// equal share, each wrong pick takes one share away, and a missed label earns nothing. A
/// single choice is the case of a one-label key: right or wrong.
public enum ChoiceScoring {
    /// The score of the labels `picks` against the key's labels (both compared without case).
    public static func score(_ picks: [String], key: [String]) -> Score {
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
        return Score(fraction: Double(right - wrong) / Double(correct.count), feedback: feedback)
    }
}
