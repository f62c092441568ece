import ArgumentParser
import Foundation
import RNNGrading
import RNNReports
import RNNRubric

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

    @Option(help: "How many sampled variants of each rubric whose data is drawn per student to check.")
    var variants = 200

    func validate() throws {
        if variants < 0 { throw ValidationError("--variants must be 0 or more") }
    }

    mutating func run() throws {
        let files = try RubricPaths.expand(paths.isEmpty ? ["Rubrics"] : paths, requireRubrics: true)
        var suites: [JUnitTestSuite] = []
        var failures = 0
        for file in files {
            let checks: [VerificationCheck]
            switch RubricLoader.load(path: file) {
            case .success(let rubric): checks = [VerificationCheck(name: "schema and rules", file: file)] + RubricVerification.checks(rubric)
                + RubricVerification.variantChecks(rubric, count: variants)
            case .failure(let failure):
                checks = [VerificationCheck(name: "schema and rules", file: file, line: failure.diagnostics.first?.line, failure: failure.description)]
            }
            let failed = checks.filter { !$0.passed }
            failures += failed.count
            print("\(file): \(checks.count - failed.count) of \(checks.count) checks passed")
            for check in failed { print("  FAIL \(check.name)\n       \(check.failure ?? "")") }
            for check in checks {
                if let note = check.note { print("  note \(check.name)\n       \(note)") }
                if let warning = check.warning { print("  warning \(check.name)\n       \(warning)") }
            }
            suites.append(JUnitTestSuite(name: file, cases: checks.map { check in
                // A failure names the rubric file and line, so CI can annotate the line.
                JUnitTestCase(name: check.name, classname: file,
                              failure: check.failure.map { JUnitFailure(message: $0, text: $0) },
                              file: check.passed ? nil : file, line: check.passed ? nil : check.line)
            }))
        }
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
