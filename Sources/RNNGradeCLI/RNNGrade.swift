import ArgumentParser

/// The `rnngrade` root command: configuration only; each subcommand is its own type.
public struct RNNGrade: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "rnngrade",
        abstract: "Grade recurrent-neural-network homework exactly, and explain every grade.",
        subcommands: [GradeCommand.self, CheckCommand.self, VerifyCommand.self, KeyCommand.self, TemplateCommand.self, ValidateCommand.self, GradescopeCommand.self, ServeCommand.self, AttemptsCommand.self]
    )

    public init() {}

    /// Parses the command line and runs the command: an asynchronous one (`serve`) awaited,
    /// every other as `main()` would; errors exit as `main()` exits.
    public static func start() async {
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
