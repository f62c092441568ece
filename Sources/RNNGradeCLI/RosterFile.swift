import ArgumentParser
import Foundation
import RNNGrading

/// The class list a command was given (`--roster FILE`), read by the library's one
/// ``RosterReader`` (a Canvas gradebook export, a Moodle participants export or a plain CSV).
enum RosterFile {
    /// The roster at `path`, or a clear message naming the file and exit status 1.
    static func load(_ path: String) throws -> Roster {
        guard let data = FileManager.default.contents(atPath: path) else {
            printError("--roster \(path): cannot read this file; give the class list exported from the LMS as CSV")
            throw ExitCode(ExitStatus.invalidInput)
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            printError("--roster \(path): the roster is not UTF-8 text; save it as UTF-8 CSV")
            throw ExitCode(ExitStatus.invalidInput)
        }
        do {
            return try RosterReader.read(text, file: path)
        } catch {
            printError("--roster \(error)")
            throw ExitCode(ExitStatus.invalidInput)
        }
    }
}
