import ArgumentParser
import RNNGrading

/// `rnngrade template RUBRIC`: a blank answer sheet (or submission XML) for students.
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Print a blank submission for a rubric: every part with its prompt and the kind and shape of answer expected."
    )

    @Argument(help: "The rubric XML file.")
    var rubric: String

    @Option(help: "Output format: sheet (plain `1.a = 6` lines) or xml (Rubrics/submission.xsd).")
    var format: SubmissionTemplate.Format = .sheet

    mutating func run() throws {
        print(SubmissionTemplate.render(try RubricFile.load(rubric), format: format), terminator: "")
    }
}

extension SubmissionTemplate.Format: ExpressibleByArgument {}
