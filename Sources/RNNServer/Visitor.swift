import RNNGrading

/// Who is checking: an anonymous visitor (no roster) or a rostered student whose link verified.
package enum Visitor: Sendable, Hashable {
    case anonymous
    case student(String)

    /// The id stored with the attempt.
    package var recordedID: String {
        switch self {
        case .anonymous: "anonymous"
        case .student(let id): id
        }
    }
}

/// Decides who a request comes from. Without a roster every request is anonymous and one that
/// carries a student or token is refused; with a roster every request needs a rostered student
/// and that student's token for the assignment.
package struct Gatekeeper: Sendable {
    /// The roster, or nil for anonymous checks.
    package let roster: Roster?
    /// The signer of personal links.
    package let signer: LinkSigner

    /// A gatekeeper for `roster` (nil: anonymous) with links signed by `signer`.
    package init(roster: Roster?, signer: LinkSigner) {
        self.roster = roster
        self.signer = signer
    }

    /// The visitor `student` and `token` identify for `assignment`, or nil (403).
    package func visitor(student: String?, token: String?, assignment: String) -> Visitor? {
        guard let roster else { return student == nil && token == nil ? .anonymous : nil }
        guard let student, let token, roster.contains(id: student),
              signer.accepts(token, student: student, assignment: assignment) else { return nil }
        return .student(student)
    }
}
