import ArgumentParser
import Foundation
import RNNGrading
import RNNKeys
import RNNRubric
import RNNSolver

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

    mutating func run() throws {
        let loaded = try RubricFile.load(rubric)
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
