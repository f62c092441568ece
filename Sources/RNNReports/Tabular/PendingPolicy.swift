/// What an LMS export posts for a submission whose hand-graded parts still await a TA
/// (`--pending`).
package enum PendingPolicy: String, Sendable, Hashable, CaseIterable {
    /// Post the auto-graded points so far (the default); `grade` says so when it applies.
    case autoOnly = "auto-only"
    /// Post nothing for that student until every part is graded.
    case blank
    /// Post 0 for that student until every part is graded.
    case zero
}
