import Foundation

/// Whether an assignment can be checked now: open until the rubric's closing time, if any.
struct CheckingWindow: Sendable {
    /// When checking closes; nil when it never does.
    let closes: Date?
    /// The time of the request.
    let now: Date

    /// Whether a check made now is accepted.
    var isOpen: Bool { closes.map { now < $0 } ?? true }

    /// The closing time as the page prints it: UTC, ISO 8601 (`2026-12-01T22:59:00Z`).
    var closingText: String? {
        closes.map { $0.formatted(.iso8601) }
    }
}
