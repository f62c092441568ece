import ArgumentParser
import Foundation
import RNNGrading
import RNNRubric

/// `rnngrade check RUBRIC ANSWERS`: the student's self-check.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check your answers before submitting: each part right, partly right, wrong, unreadable or unanswered, with hints; the key only where the rubric allows."
    )

    @Argument(help: "The rubric XML file; with --format-only, your handout folder (or the format.json in it).")
    var rubric: String

    @Argument(help: "Your answer sheet (see rnngrade template), submission XML, or the .npz or JSON answer file your notebook saved.")
    var answers: String

    @OptionGroup var salt: SaltOptions

    @Flag(help: "Check only that every answer reads and has its shape, against your handout (no key needed, values not judged).")
    var formatOnly = false

    @Flag(help: "Solve the rubric again instead of reading its key from the cache (and do not write it there).")
    var noCache = false

    @Option(help: ArgumentHelp("Where computed keys are kept (default: $RNNGRADE_CACHE_DIR, else $XDG_CACHE_HOME/rnngrade, else ~/.cache/rnngrade).", valueName: "dir"))
    var cacheDir: String?

    mutating func run() throws {
        if formatOnly { return try FormatOnlyCheck.run(handout: rubric, answers: answers) }
        let bytes = noCache ? nil : FileManager.default.contents(atPath: rubric)
        let loaded = try RubricFile.load(rubric)
        let graders = try salt.graders(of: loaded, keys: keyCache(rubricBytes: bytes))
        let found = SubmissionDiscovery.Found(path: answers, relativePath: answers, folder: nil, refusal: nil)
        let grade = SubmissionGrading.grade(file: found, grader: graders)
        if let error = grade.loadError {
            printError(error)
            throw ExitCode(ExitStatus.invalidInput)
        }
        let style = TerminalStyle(enabled: TerminalStyle.colourWanted())
        let rubric = (try? graders.grader(for: grade.studentID).get())?.rubric ?? loaded
        print(CheckReport.render(grade, rubric: rubric, style: style), terminator: "")
    }

    /// The key cache for the rubric whose bytes were `rubricBytes` before it was loaded: none
    /// under `--no-cache`, when no cache folder can be named, or when the file no longer has
    /// those bytes (it changed while being loaded, so the key might not be theirs).
    private func keyCache(rubricBytes: Data?) -> KeyCache? {
        guard let rubricBytes, rubricBytes == FileManager.default.contents(atPath: rubric),
              let directory = KeyCache.directory(option: cacheDir, environment: ProcessInfo.processInfo.environment) else { return nil }
        return KeyCache(directory: directory, rubricBytes: rubricBytes)
    }
}
