import ArgumentParser

/// The `rnngrade` root command: configuration only; each subcommand is its own type.
package struct RNNGrade: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "rnngrade",
        abstract: "Grade recurrent-neural-network homework exactly, and explain every grade.",
        version: RNNGrade.version,
        subcommands: [GradeCommand.self, CheckCommand.self, VerifyCommand.self, KeyCommand.self, TemplateCommand.self, ValidateCommand.self, GradescopeCommand.self, PrairieLearnCommand.self, ServeCommand.self, AttemptsCommand.self, HandoutCommand.self]
    )

    /// What `rnngrade --version` prints: the program's version and the file formats it reads.
    static let version = "rnngrade 0.14.0 (rubric format 1, submission format 1)"

    package init() {}

    /// Parses the command line and runs the command: an asynchronous one (`serve`) awaited,
    /// every other as `main()` would; errors exit as `main()` exits.
    package static func start() async {
        do {
            var command = try parseAsRoot()
            if var asynchronous = command as? AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}
