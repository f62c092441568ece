/// The result of grading one answer: a fraction of the part's points and what to tell the student.
package struct Score: Hashable, Sendable {
    /// The share of the points earned, in [0, 1].
    package var fraction: Double
    /// Sentences for the student, in the order they were found.
    package var feedback: [String]

    /// Makes a score, clamping `fraction` into [0, 1] (NaN becomes 0).
    package init(fraction: Double, feedback: [String] = []) {
        self.fraction = fraction.isNaN ? 0 : min(1, max(0, fraction))
        self.feedback = feedback
    }

    /// Full credit with no feedback.
    package static let full = Score(fraction: 1)

    /// No credit with the given feedback.
    package static func zero(_ feedback: String...) -> Score {
        Score(fraction: 0, feedback: feedback)
    }

    /// Whether every point was earned.
    package var isFull: Bool { fraction == 1 }
}
