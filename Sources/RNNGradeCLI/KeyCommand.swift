import ArgumentParser
import Foundation
import RNNGrading
import RNNKeys
import RNNRubric
import RNNSolver
import RNNVariants

/// `rnngrade key RUBRIC`: the worked answer key of every part.
struct KeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "key",
        abstract: "Print the worked answer key of a rubric: every part's value with the intermediate values that lead to it."
    )

    @Argument(help: "The rubric XML file.")
    var rubric: String

    @Option(help: "Output format: markdown or json.")
    var format: KeyFormat = .markdown

    @Option(help: "Print this student's key (their variant of a rubric whose data is drawn per student).")
    var student: String?

    @OptionGroup var salt: SaltOptions

    mutating func run() throws {
        let family = try salt.family(of: try RubricFile.load(rubric))
        let loaded: Rubric
        do throws(VariantError) {
            if let student { loaded = try family.variant(for: student).rubric } else { loaded = family.fixed.rubric }
        } catch {
            printError(error.message)
            throw ExitCode(ExitStatus.invalidInput)
        }
        try TypedKeyGate.check(loaded, grader: Grader(rubric: loaded), command: "key")
        let key = AnswerKey(rubric: loaded, mistakes: true)
        switch format {
        case .markdown: print(AnswerKeyMarkdown.render(key), terminator: "")
        case .json: print(try AnswerKeyJSON.render(key))
        }
        if !key.failures.isEmpty { throw ExitCode(ExitStatus.invalidInput) }
    }
}

/// The output formats of `key`.
enum KeyFormat: String, ExpressibleByArgument, CaseIterable {
    case markdown, json
}
