import ArgumentParser
import Foundation
import RNNGrading

/// `rnngrade check --format-only HANDOUT ANSWERS`: the offline check of an answer file's syntax
/// and shapes against the `format.json` that `rnngrade handout` wrote beside the handout.
enum FormatOnlyCheck {
    /// The file name of the format beside a handout.
    static let fileName = "format.json"

    /// Prints the check of `answers` against the format found at `handout` (a folder holding
    /// format.json, the file itself, or another file of that folder); exits 1 when
    /// an answer does not read or has the wrong shape, or a file cannot be read.
    static func run(handout: String, answers: String) throws {
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: handout, isDirectory: &isFolder)
        let path = isFolder.boolValue ? (handout as NSString).appendingPathComponent(fileName)
            : handout.hasSuffix(".json") ? handout : ((handout as NSString).deletingLastPathComponent as NSString).appendingPathComponent(fileName)
        guard exists, let data = FileManager.default.contents(atPath: path) else {
            printError("\(path): no answer format here; give the folder `rnngrade handout` made for you (it holds \(fileName)), or that file")
            throw ExitCode(ExitStatus.invalidInput)
        }
        let format: AnswerFormat
        switch AnswerFormat.read(data, file: path) {
        case .success(let read): format = read
        case .failure(let error):
            printError(error.message)
            throw ExitCode(ExitStatus.invalidInput)
        }
        switch FormatCheck.check(path: answers, format: format) {
        case .failure(let error):
            printError(error.message)
            throw ExitCode(ExitStatus.invalidInput)
        case .success(let report):
            print(report.rendered(file: answers, format: format), terminator: "")
            if !report.isClean { throw ExitCode(ExitStatus.invalidInput) }
        }
    }
}
