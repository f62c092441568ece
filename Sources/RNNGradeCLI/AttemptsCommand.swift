import ArgumentParser
import Foundation
import RNNServer

/// `rnngrade attempts export --data DIR`: every check the self-check server recorded, as CSV.
struct AttemptsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attempts",
        abstract: "Read the checks `rnngrade serve` recorded.",
        subcommands: [Export.self]
    )

    /// `attempts export`.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Print every recorded check as CSV: time, student, assignment, points, verdicts, answers."
        )

        @Option(name: .long, help: "The data folder given to `rnngrade serve --data`.")
        var data = "serve-data"

        mutating func run() throws {
            let directory = URL(fileURLWithPath: data)
            guard FileManager.default.fileExists(atPath: directory.appendingPathComponent(AttemptStore.fileName).path) else {
                printError("\(data): no \(AttemptStore.fileName) here; give the folder `rnngrade serve --data` used")
                throw ExitCode(ExitStatus.invalidInput)
            }
            print(AttemptExport.csv(try AttemptStore(directory: directory).all()), terminator: "")
        }
    }
}
