import ArgumentParser

/// The `rnngrade` root command: configuration only; each subcommand is its own type.
public struct RNNGrade: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "rnngrade",
        abstract: "Grade recurrent-neural-network homework exactly, and explain every grade.",
        subcommands: [GradeCommand.self, CheckCommand.self, VerifyCommand.self, KeyCommand.self, TemplateCommand.self, ValidateCommand.self, GradescopeCommand.self, HandoutCommand.self]
    )

    public init() {}
}
