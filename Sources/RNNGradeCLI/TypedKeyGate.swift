import ArgumentParser
import RNNGrading
import RNNRubric

/// The rule `grade` and `key` share: a rubric whose typed key disagrees with the solver (or
/// cannot be read) is refused, exit 1, with `verify`'s located message; nothing is graded or
/// printed from it.
enum TypedKeyGate {
    /// Throws exit 1 after printing every typed-key failure of `rubric`. `grader` (which
    /// computes the whole key) is built only when some part has a typed key to check.
    static func check(_ rubric: Rubric, grader: @autoclosure () -> Grader, command: String) throws {
        guard RubricVerification.hasTypedKeys(rubric) else { return }
        let failures = RubricVerification.typedKeyFailures(rubric, grader: grader())
        guard !failures.isEmpty else { return }
        for failure in failures { printError(failure) }
        printError("\(command): refused, the rubric's typed key disagrees with the solver; fix or remove the key (rnngrade verify lists every check)")
        throw ExitCode(ExitStatus.invalidInput)
    }
}
