/// The grade of one part of one submission, with the reasons for it.
public struct PartGrade: Sendable, Hashable, Codable {
    /// The qualified part id, `1.a`.
    public var partID: String
    /// The points the part is worth.
    public var maxPoints: Double
    /// The points awarded (0 for pending parts until a TA scores them).
    public var points: Double
    public var verdict: Verdict
    /// Sentences for the student: what was wrong, which mistake was recognised, follow-through.
    public var feedback: [String]
    /// The answer as the student wrote it (nil when unanswered).
    public var answer: String?
    /// For an unreadable answer, the rendered format error with its caret.
    public var formatError: String?
    /// The key in display form; in a released grade, only where `StudentView.showsKey`.
    public var key: String?
    /// The known mistake the answer matched, if any.
    public var mistake: String?
    /// The part whose (wrong) answer this grade was computed with, for follow-through credit.
    public var followThroughFrom: String?

    public init(partID: String, maxPoints: Double, points: Double, verdict: Verdict, feedback: [String] = [],
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
