/// What became of one part of one submission.
package enum Verdict: String, Sendable, Hashable, CaseIterable, Codable {
    /// Full credit.
    case correct
    /// Some credit: per-element, a known mistake, follow-through, or a partly right choice.
    case partial
    /// Read, compared, and no credit.
    case wrong
    /// The answer could not be read (a format error with a caret message); no credit.
    case unreadable
    /// No answer was given.
    case unanswered
    /// Graded by hand later (manual parts).
    case pending
}
