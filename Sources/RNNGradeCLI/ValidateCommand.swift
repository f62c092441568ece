import ArgumentParser
import RNNMath
import RNNRubric

/// `rnngrade validate FILE...`: checks rubric files and reports every problem with its location.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check rubric files against the schema and the rubric rules; print every error with file:line:column."
    )

    @Argument(help: "Rubric XML files to check.")
    var files: [String]

    mutating func run() throws {
        var failed = 0
        for file in files {
            switch RubricLoader.load(path: file) {
            case .success(let rubric):
                print("\(file): valid (\(rubric.id): \(rubric.problems.count) problems, \(rubric.parts.count) parts, \(DecimalText.points(rubric.totalPoints, maxFractionDigits: 2)))")
            case .failure(let failure):
                failed += 1
                printError(failure.description)
            }
        }
        if failed > 0 {
            printError("\(failed) of \(files.count) file\(files.count == 1 ? "" : "s") invalid")
            throw ExitCode(ExitStatus.invalidInput)
        }
    }
}
