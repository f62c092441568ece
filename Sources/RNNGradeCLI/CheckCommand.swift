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

    mutating func run() throws {
        if formatOnly { return try FormatOnlyCheck.run(handout: rubric, answers: answers) }
        let loaded = try RubricFile.load(rubric)
        let graders = try salt.graders(of: loaded)
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
}
