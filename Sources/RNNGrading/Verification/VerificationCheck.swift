/// One thing `rnngrade verify` checked about a rubric, and its outcome.
public struct VerificationCheck: Sendable, Hashable {
    /// What was checked: `key of 1.a`, `claim on line 20`, `self-test perfect`, `lint: points of problem 3`.
    public var name: String
    /// The rubric file it belongs to.
    public var file: String
    /// Why it failed, if it did (`file:line:column: message` where the place is known).
    public var failure: String?
    /// Something worth saying that is not a failure (an acknowledged misprint).
    public var note: String?

    public init(name: String, file: String, failure: String? = nil, note: String? = nil) {
        self.name = name
        self.file = file
        self.failure = failure
        self.note = note
    }

    public var passed: Bool { failure == nil }
}
