import ArgumentParser
import Foundation
import RNNGrading
import RNNMath
import RNNReports
import RNNRubric

/// `rnngrade prairielearn`: grades one submission as a PrairieLearn external grader and writes
/// PrairieLearn's `results.json` (docs/prairielearn.md). The answer is the file the student
/// submitted (copied to `/grade/student`), else a text answer in `/grade/data/data.json`'s
/// `submitted_answers`. Every outcome writes a results file: a submission that cannot be read
/// is "not gradable" (no points, no attempt used) with the reason, exit 0; a rubric or
/// `data.json` that cannot be read is the same with exit 1, as that is the instructor's to fix.
/// Hand-graded parts are left out, as in `gradescope`: PrairieLearn grades them manually.
struct PrairieLearnCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prairielearn",
        abstract: "Grade one submission as a PrairieLearn external grader and write its results.json.",
        discussion: "Run it from the question's external grading entrypoint; see docs/prairielearn.md."
    )

    @Option(help: "The rubric XML file (the question's tests/ folder is copied to /grade/tests).")
    var rubric = "/grade/tests/rubric.xml"

    @Option(help: "PrairieLearn's data object for the submission.")
    var data = "/grade/data/data.json"

    @Option(help: "The folder of the files the student submitted.")
    var student = "/grade/student"

    @Option(help: "Where to write PrairieLearn's results.json.")
    var results = "/grade/results/results.json"

    @Option(help: "The key of data.json's submitted_answers holding a text answer sheet, used when no file was submitted.")
    var answerName = "answers"

    @OptionGroup var salt: SaltOptions

    mutating func run() throws {
        let loaded: Rubric
        switch RubricLoader.load(path: rubric) {
        case .success(let found): loaded = found
        case .failure(let failure):
            try fail("the grader's rubric could not be loaded; tell your instructor:\n\(failure.description)")
        }
        let textAnswer: String?
        do { textAnswer = try PrairieLearnData.textAnswer(in: data, named: answerName) } catch {
            try fail("the grading job's data could not be read; tell your instructor:\n\(error.message)")
        }
        let graders = try salt.graders(of: loaded)
        let grader = graders.base
        let batch: BatchResult
        switch (AnswerFileChoice.choose(in: student), textAnswer) {
        case (.failure, let text?):
            let grade = SubmissionGrading.grade(bytes: Array(text.utf8), file: "\(answerName).txt", grader: graders)
            batch = BatchResult(assignmentID: loaded.id, assignmentTitle: loaded.title, parts: grader.outline, submissions: [grade])
        case (.success(let file), _):
            batch = BatchGrading.grade([file], grader: graders, jobs: 1)
        case (.failure(let refusal), nil):
            batch = BatchResult(assignmentID: loaded.id, assignmentTitle: loaded.title, parts: grader.outline,
                                submissions: [grader.unreadable(studentID: "submission", file: student, error: refusal.message)])
        }
        let grade = GradescopeCommand.autoGraded(batch.submissions[0], rubric: loaded)
        try write(PrairieLearnResults.render(grade, in: batch))
        let outcome = grade.loadError.map { "not gradable: \($0)" }
            ?? "\(DecimalText.string(grade.total, maxFractionDigits: 2)) of \(DecimalText.points(grade.maxTotal, maxFractionDigits: 2))"
        print("\(loaded.id): \(grade.file): \(outcome)\nwrote \(results)")
    }

    /// Writes a not-gradable result saying `message`, prints it, and exits 1.
    private func fail(_ message: String) throws -> Never {
        printError(message)
        try write(PrairieLearnResults.notGradable(message))
        throw ExitCode(ExitStatus.invalidInput)
    }

    private func write(_ data: Data) throws {
        do { try AtomicFileWriter.write(data, to: URL(fileURLWithPath: results)) } catch {
            printError("\(results): the results could not be written: \(error)")
            throw ExitCode(ExitStatus.invalidInput)
        }
    }
}
