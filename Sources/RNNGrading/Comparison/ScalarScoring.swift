import RNNMath

/// Scores one number: full credit within the tolerance, none outside it.
package enum ScalarScoring {
    /// The score of `student` against `key`; NaN and infinite answers get a sentence saying so.
    ///
    ///     ScalarScoring.score(.exact(1/2), key: .exact(1/2), tolerance: .exact)   // full
    package static func score(_ student: Scalar, key: Scalar, tolerance: Tolerance) -> Score {
        let match = ScalarMatch.of(student, key: key, tolerance: tolerance)
        if match == .within { return .full }
        return Score(fraction: 0, feedback: match.feedback.map { [$0] } ?? [])
    }
}
