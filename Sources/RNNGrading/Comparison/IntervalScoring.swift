import RNNMath

/// Scores an interval end by end.
///
/// Each end is worth ½: its value within the tolerance earns ¼, and its openness earns the
/// other ¼ only when the value is right. An unbounded end matches only an unbounded end (½).
/// So `[0, 1)` against the key `(0, 1)` earns ¾, and `(5, 7)` earns 0.
package enum IntervalScoring {
    /// The score of `student` against `key`.
    package static func score(_ student: Interval, key: Interval, tolerance: Tolerance) -> Score {
        let lower = endScore(student.lower, key: key.lower, name: "lower", tolerance: tolerance)
        let upper = endScore(student.upper, key: key.upper, name: "upper", tolerance: tolerance)
        return Score(fraction: lower.fraction + upper.fraction, feedback: lower.feedback + upper.feedback)
    }

    /// The score of one end, out of ½.
    static func endScore(_ student: Interval.End, key: Interval.End, name: String, tolerance: Tolerance) -> Score {
        switch (student, key) {
        case (.unbounded, .unbounded):
            return Score(fraction: 0.5)
        case (.unbounded, .finite):
            return .zero("the \(name) end should be finite")
        case (.finite, .unbounded):
            return .zero("the \(name) end should be unbounded")
        case let (.finite(value, closed), .finite(keyValue, keyClosed)):
            let match = ScalarMatch.of(value, key: keyValue, tolerance: tolerance)
            guard match == .within else { return .zero("the \(name) end is wrong") }
            guard closed == keyClosed else {
                return Score(fraction: 0.25, feedback: ["the \(name) end should be \(keyClosed ? "closed (included)" : "open (excluded)")"])
            }
            return Score(fraction: 0.5)
        }
    }
}
