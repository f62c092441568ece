import RNNMath

/// Scores named weights against a reference set, each weight as a whole matrix.
///
/// Used when a design part's key is a reference parameter set; behaviour-based design checks
/// live elsewhere. Each key weight earns an equal share when the student's weight of the same
/// name matches it entirely (a transposed vector is accepted); extra names are ignored.
package enum WeightsScoring {
    /// The score of `student` against `key`.
    package static func score(_ student: [WeightEntry], key: [WeightEntry], tolerance: Tolerance) -> Score {
        guard !key.isEmpty else { return .full }
        let given = Dictionary(student.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
        var earned = 0
        var feedback: [String] = []
        for entry in key {
            guard let value = given[entry.name] else {
                feedback.append("\(entry.name) is missing")
                continue
            }
            let score = MatrixScoring.score(value, key: entry.value, tolerance: tolerance, partialCredit: false)
            if score.isFull { earned += 1 }
            feedback += score.feedback.map { "\(entry.name): \($0)" }
        }
        return Score(fraction: Double(earned) / Double(key.count), feedback: feedback)
    }
}
