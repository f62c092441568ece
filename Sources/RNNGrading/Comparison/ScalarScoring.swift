import RNNMath

/// Scores one number: full credit within the tolerance, none outside it; a number wrong only by
/// precision says how close it came (``NearMiss``).
package enum ScalarScoring {
    /// The score of `student` against `key`; NaN and infinite answers get a sentence saying so.
    ///
    ///     ScalarScoring.score(.exact(1/2), key: .exact(1/2), tolerance: .exact)   // full
    package static func score(_ student: Scalar, key: Scalar, tolerance: Tolerance) -> Score {
        let match = ScalarMatch.of(student, key: key, tolerance: tolerance)
        if match == .within { return .full }
        if let special = match.feedback { return Score(fraction: 0, feedback: [special]) }
        return Score(fraction: 0, feedback: NearMiss.sentence(student, key: key, tolerance: tolerance).map { [$0] } ?? [])
    }
}
