import RNNSolver

/// What an answer text alone decides for one part, before anything that depends on the
/// student's other answers (follow-through) or on the design checker: how it reads, its score
/// against the key, and the known mistake it matches. The same text always gets the same
/// assessment, so a batch remembers them (``PartPlan/assessments``).
struct AnswerAssessment: Sendable {
    /// The value read, or why it cannot be read.
    var reading: Result<AnswerValue, AnswerFormatError>
    /// The score against the key; nil when unread, for design parts, or when there is no key.
    var score: Score? = nil
    /// The first known mistake the value matches, with its credit, when it is not fully right.
    var mistake: (variant: MistakeVariant, credit: Double)? = nil

    /// Longer texts (essays pasted into the wrong part) are assessed every time, not remembered.
    static let longestRemembered = 512
}
