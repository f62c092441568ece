/// The exit codes of `rnngrade`, one meaning each.
enum ExitStatus {
    /// Everything held.
    static let success: Int32 = 0
    /// Some input (rubric, submission, key) is invalid or a check failed.
    static let invalidInput: Int32 = 1
    /// The command line itself was wrong (ArgumentParser's own code).
    static let usage: Int32 = 64
}
