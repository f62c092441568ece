/// Where one submission stands, for reports (`results.json`'s `status`).
package enum SubmissionStatus: String, Sendable, Hashable, CaseIterable {
    /// Every part is graded; the total is final.
    case graded
    /// Some hand-graded parts still await a TA; the total is the auto-graded points so far.
    case pending
    /// The file could not be read; every part is unanswered and the total is 0.
    case unreadable
}

extension SubmissionGrade {
    /// Where this submission stands: unreadable, pending while any part awaits a TA, else graded.
    package var status: SubmissionStatus {
        if loadError != nil { return .unreadable }
        return pendingParts.isEmpty ? .graded : .pending
    }
}
