import ArgumentParser
import Foundation
import RNNGrading
import RNNMath
import RNNReports
import RNNRubric

/// `rnngrade gradescope`: grades one submission inside Gradescope's autograder layout and writes
/// Gradescope's `results.json`. Every outcome writes a results file, so Gradescope never shows
/// a bare "autograder failed": a submission that cannot be read scores 0 with the reason in
/// `output` (exit 0), a rubric that cannot be loaded does the same and exits 1. Hand-graded
/// parts are left out: they are Gradescope questions of their own.
struct GradescopeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gradescope",
        abstract: "Grade one submission in Gradescope's autograder layout and write its results.json.",
        discussion: "Run it from the autograder's run_autograder script; see docs/gradescope.md."
    )

    @Option(help: "The rubric XML file.")
    var rubric = "/autograder/source/rubric.xml"

    @Option(help: "The submission: a folder holding one answer file (or answers.txt / .xml / .npz / .json among several), or the file itself.")
    var submission = "/autograder/submission"

    @Option(help: "Where to write Gradescope's results.json.")
    var results = "/autograder/results/results.json"

    @Option(help: "When students see each part's test.")
    var visibility: GradescopeVisibility = .afterPublished

    @OptionGroup var salt: SaltOptions

    mutating func run() throws {
        let options = GradescopeResults.Options(visibility: visibility, revealKey: true)
        let loaded: Rubric
        switch RubricLoader.load(path: rubric) {
        case .success(let found): loaded = found
        case .failure(let failure):
            printError(failure.description)
            let empty = BatchResult(assignmentID: "", assignmentTitle: "", parts: [], submissions: [])
            let grade = SubmissionGrade(studentID: "", file: rubric, assignmentID: "", parts: [],
                                        loadError: "the autograder's rubric could not be loaded; tell your instructor:\n\(failure.description)")
            try write(GradescopeResults.render(grade, in: empty, options: options))
            throw ExitCode(ExitStatus.invalidInput)
        }
        let graders = try salt.graders(of: loaded)
        let grader = graders.base
        let batch: BatchResult
        switch AnswerFileChoice.choose(in: submission) {
        case .success(let file):
            batch = BatchGrading.grade([file], grader: graders, jobs: 1)
        case .failure(let refusal):
            batch = BatchResult(assignmentID: loaded.id, assignmentTitle: loaded.title, parts: grader.outline,
                                submissions: [grader.unreadable(studentID: "submission", file: submission, error: refusal.message)])
        }
        let grade = Self.autoGraded(batch.submissions[0], rubric: loaded)
        try write(GradescopeResults.render(grade, in: batch, options: options))
        let outcome = grade.loadError.map { "not graded: \($0)" }
            ?? "\(DecimalText.string(grade.total, maxFractionDigits: 2)) of \(DecimalText.points(grade.maxTotal, maxFractionDigits: 2))"
        print("\(loaded.id): \(grade.file): \(outcome)\nwrote \(results)")
    }

    /// `grade` without its hand-graded parts: on Gradescope those are questions of their own,
    /// graded there, so the autograder neither scores nor shows them.
    static func autoGraded(_ grade: SubmissionGrade, rubric: Rubric) -> SubmissionGrade {
        var kept = grade
        kept.parts.removeAll { !StudentView(grade: $0, in: rubric).countsTowardAutoTotal }
        return kept
    }

    private func write(_ data: Data) throws {
        do { try AtomicFileWriter.write(data, to: URL(fileURLWithPath: results)) } catch {
            printError("\(error)")
            throw ExitCode(ExitStatus.invalidInput)
        }
    }
}

/// Which uploaded file the autograder grades.
enum AnswerFileChoice {
    /// The names that pick one file out of several (a notebook's `answers.npz` or `answers.json`
    /// beside the uploaded notebook, too).
    static let preferredNames: Set<String> = ["answers.txt", "answers.xml", "answers.npz", "answers.json"]

    /// Why no file could be chosen, in words for the student.
    struct Refusal: Error {
        var message: String
    }

    /// `path` itself when it is a file; in a folder, its only file, else the one named
    /// `answers.txt`, `answers.xml`, `answers.npz` or `answers.json`.
    static func choose(in path: String) -> Result<SubmissionDiscovery.Found, Refusal> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(Refusal(message: "no submission was found at \(path)"))
        }
        guard isDirectory.boolValue else {
            let name = (path as NSString).lastPathComponent
            return .success(SubmissionDiscovery.Found(path: path, relativePath: name, folder: nil, refusal: nil))
        }
        let files: [SubmissionDiscovery.Found]
        do { files = try SubmissionDiscovery.files(in: path) } catch {
            return .failure(Refusal(message: "the submission folder cannot be listed: \(error.localizedDescription)"))
        }
        if files.count == 1 { return .success(files[0]) }
        if files.isEmpty { return .failure(Refusal(message: "no file was uploaded: upload your answer sheet (see rnngrade template)")) }
        let preferred = files.filter { preferredNames.contains(($0.relativePath as NSString).lastPathComponent) }
        if preferred.count == 1 { return .success(preferred[0]) }
        let names = files.map(\.relativePath).joined(separator: ", ")
        return .failure(Refusal(message: "\(files.count) files were uploaded (\(names)): upload only your answer sheet, or name it answers.txt (or answers.xml)"))
    }
}

extension GradescopeVisibility: ExpressibleByArgument {}
