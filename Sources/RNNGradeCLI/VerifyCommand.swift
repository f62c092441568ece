import ArgumentParser
import Foundation
import RNNGrading
import RNNReports

/// `rnngrade verify [RUBRICS...]`: the instructor's CI gate.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check rubrics for CI: schema and rules, typed keys against the solver, claims, self-tests and lint; exit 0 only when everything holds."
    )

    @Argument(help: "Rubric files or folders (default: Rubrics/).")
    var paths: [String] = []

    @Option(name: .long, help: "Also write the results as a JUnit XML report to this file.")
    var junit: String?

    @Flag(name: .long, help: "Also grade the wrong answers students really give (built-in mistakes, the key to 2 significant figures) and fail for every one a part accepts as right.")
    var mutants = false

    @Option(help: "How many sampled variants of each rubric whose data is drawn per student to check.")
    var variants = 200

    func validate() throws {
        if variants < 0 { throw ValidationError("--variants must be 0 or more") }
    }

    mutating func run() throws {
        let files = try RubricPaths.expand(paths.isEmpty ? ["Rubrics"] : paths, requireRubrics: true)
        let run = RubricVerificationRun(files: files, mutants: mutants, variants: variants)
        print(run.report, terminator: "")
        let suites = run.results.map { result in
            JUnitTestSuite(name: result.file, cases: result.checks.map { check in
                // A failure names the rubric file and line, so CI can annotate the line.
                JUnitTestCase(name: check.name, classname: result.file,
                              failure: check.failure.map { JUnitFailure(message: $0, text: $0) },
                              file: check.passed ? nil : result.file, line: check.passed ? nil : check.line)
            })
        }
        let failures = run.failures
        if let junit {
            try AtomicFileWriter.write(JUnitReport(name: "rnngrade verify", suites: suites).xml, to: URL(fileURLWithPath: junit))
        }
        if failures > 0 {
            print("verify: \(failures) check\(failures == 1 ? "" : "s") failed")
            throw ExitCode(ExitStatus.invalidInput)
        }
        print("verify: all \(suites.reduce(0) { $0 + $1.cases.count }) checks passed")
    }
}
