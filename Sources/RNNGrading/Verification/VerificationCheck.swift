/// One thing `rnngrade verify` checked about a rubric, and its outcome.
package struct VerificationCheck: Sendable, Hashable {
    /// What was checked: `key of 1.a`, `claim on line 20`, `self-test perfect`, `lint: points of problem 3`.
    package var name: String
    /// The rubric file it belongs to.
    package var file: String
    /// The rubric line of what was checked (the part, mistake, claim, sample, case), when known:
    /// where CI annotates a failure.
    package var line: Int?
    /// Why it failed, if it did (`file:line:column: message` where the place is known).
    package var failure: String?
    /// Something worth saying that is not a failure (an acknowledged misprint).
    package var note: String?
    /// Something the instructor should probably change, though the rubric works as it is (a
    /// design part without a self-test); a check with a warning still passes.
    package var warning: String?

    /// A check named `name` of `file`, about `line` when known; failed when `failure` is given.
    package init(name: String, file: String, line: Int? = nil, failure: String? = nil, note: String? = nil, warning: String? = nil) {
        self.name = name
        self.file = file
        self.line = line
        self.failure = failure
        self.note = note
        self.warning = warning
    }

    /// Whether the check holds (a note or a warning does not make it fail).
    package var passed: Bool { failure == nil }
}
