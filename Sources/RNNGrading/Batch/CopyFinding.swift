/// Evidence that two students of a family shared answers: `student`'s wrong answers to `parts`
/// are right (or a known mistake) for `other`'s variant, or are the same wrong answers `other`
/// gave to a different variant. With per-student data neither happens by chance.
package struct CopyFinding: Sendable, Hashable, Comparable {
    /// Why the pair is listed.
    package enum Reason: String, Sendable, Hashable, Comparable {
        /// The answers fit the other student's data, not the student's own.
        case fitsOtherVariant = "right for the other student's numbers"
        /// Both gave the same wrong answer to different data.
        case sameWrongAnswer = "the same wrong answer to different numbers"

        /// By wording, so that reports list reasons in a fixed order.
        package static func < (a: Reason, b: Reason) -> Bool { a.rawValue < b.rawValue }
    }

    /// The student whose answers are in question.
    package var student: String
    /// The student whose variant (or wrong answer) they match.
    package var other: String
    /// The parts, in rubric order.
    package var parts: [String]
    /// Why the pair is listed.
    package var reason: Reason

    /// By student, then the other student, then reason: the order of `copies.md`.
    package static func < (a: CopyFinding, b: CopyFinding) -> Bool {
        (a.student, a.other, a.reason) < (b.student, b.other, b.reason)
    }
}
