/// The grade of one part of one submission, with the reasons for it.
package struct PartGrade: Sendable, Hashable, Codable {
    /// The qualified part id, `1.a`.
    package var partID: String
    /// The points the part is worth.
    package var maxPoints: Double
    /// The points awarded (0 for pending parts until a TA scores them).
    package var points: Double
    package var verdict: Verdict
    /// Sentences for the student: what was wrong, which mistake was recognised, follow-through.
    package var feedback: [String]
    /// The answer as the student wrote it (nil when unanswered).
    package var answer: String?
    /// For an unreadable answer, the rendered format error with its caret.
    package var formatError: String?
    /// The key in display form; in a released grade, only where `StudentView.showsKey`.
    package var key: String?
    /// The known mistake the answer matched, if any.
    package var mistake: String?
    /// The part whose (wrong) answer this grade was computed with, for follow-through credit.
    package var followThroughFrom: String?

    package init(partID: String, maxPoints: Double, points: Double, verdict: Verdict, feedback: [String] = [],
                answer: String? = nil, formatError: String? = nil, key: String? = nil,
                mistake: String? = nil, followThroughFrom: String? = nil) {
        self.partID = partID
        self.maxPoints = maxPoints
        self.points = points
        self.verdict = verdict
        self.feedback = feedback
        self.answer = answer
        self.formatError = formatError
        self.key = key
        self.mistake = mistake
        self.followThroughFrom = followThroughFrom
    }
}
