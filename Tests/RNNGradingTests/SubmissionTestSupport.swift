import Foundation
import RNNRubric
import Testing
@testable import RNNGrading

/// Helpers shared by the submission tests.
enum SubmissionTestSupport {
    /// The repository's root folder, found from this file's location.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The shipped rubric files.
    static let shippedRubrics = ["assignment5.xml", "in5400-w10.xml", "sharif-dl-a3.xml", "sysu-dl-hw3.xml", "theory-rnn-lstm.xml"]

    /// A file in `Rubrics/`.
    static func rubricPath(_ name: String) -> String {
        root.appendingPathComponent("Rubrics").appendingPathComponent(name).path
    }

    /// A shipped rubric, loaded.
    static func rubric(_ name: String) throws -> Rubric {
        try RubricLoader.load(path: rubricPath(name)).get()
    }

    /// A rubric from XML text (named `test.xml`).
    static func rubric(xml: String) throws -> Rubric {
        try RubricLoader.parse(bytes: Array(xml.utf8), file: "test.xml").get()
    }

    /// `text` read as a submission named `file`.
    static func read(_ text: String, file: String = "answers.txt") -> Result<Submission, SubmissionError> {
        SubmissionReader.read(bytes: Array(text.utf8), file: file)
    }

    /// `text` read as a submission that must be readable.
    static func submission(_ text: String, file: String = "answers.txt") throws -> Submission {
        try read(text, file: file).get()
    }

    /// The message of the error reading `bytes`, or nil when they read.
    static func errorMessage(_ bytes: [UInt8], file: String = "answers.txt") -> String? {
        if case .failure(let error) = SubmissionReader.read(bytes: bytes, file: file) { return error.message }
        return nil
    }

    /// A fresh temporary folder, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rnngrade-submission-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}

/// A `SubmittedAnswer` with less typing: `answer("1.a", "6", 3, 7)`.
func answer(_ label: String, _ text: String, _ line: Int, _ column: Int) -> SubmittedAnswer {
    SubmittedAnswer(label: label, text: text, line: line, column: column)
}
