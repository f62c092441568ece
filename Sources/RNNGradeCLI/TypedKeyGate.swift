import ArgumentParser
import RNNGrading
import RNNRubric

/// The rule `grade` and `key` share: a rubric whose typed key disagrees with the solver (or
/// cannot be read) is refused, exit 1, with `verify`'s located message; nothing is graded or
/// printed from it.
enum TypedKeyGate {
    /// Throws exit 1 after printing every typed-key failure of `rubric`.
    static func check(_ rubric: Rubric, grader: Grader, command: String) throws {
        let failures = RubricVerification.typedKeyFailures(rubric, grader: grader)
        guard !failures.isEmpty else { return }
        for failure in failures { printError(failure) }
        printError("\(command): refused, the rubric's typed key disagrees with the solver; fix or remove the key (rnngrade verify lists every check)")
        throw ExitCode(ExitStatus.invalidInput)
    }
}
