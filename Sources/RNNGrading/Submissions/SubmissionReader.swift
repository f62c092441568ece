import Foundation

/// Reads a student's submission, a plain answer sheet, a submission XML file, a JSON answer
/// file or a numpy `.npz` archive, into a ``Submission``. Nothing a student writes can crash
/// it: whole-file problems (too large, binary, not UTF-8, invalid XML or JSON, an unreadable
/// array) are a located ``SubmissionError``, problems on one line are warnings.
///
/// ```swift
/// switch SubmissionReader.read(path: "Submissions/in5400-w10/400101515.txt") {
/// case .success(let submission): print(submission.answers.count, submission.warnings)
/// case .failure(let error): print(error.message)   // file:line:column: …
/// }
/// ```
package enum SubmissionReader {
    /// The largest submission accepted, in bytes (1 MiB); checked before a file is read.
    package static let maxBytes = 1 << 20

    /// Reads the file at `path`, refusing directories, devices and files over ``maxBytes``
    /// before reading them.
    package static func read(path: String) -> Result<Submission, SubmissionError> {
        SubmissionFile.bytes(at: path, maxBytes: maxBytes).flatMap { read(bytes: $0, file: path) }
    }

    /// Reads `bytes`, named `file` in locations: an `.npz` archive when they start with `PK`
    /// (a zip file), XML when the first byte after any byte order mark and white space is `<`,
    /// JSON when it is `{`, else a plain answer sheet. A lone `.npy` array (by numpy's magic
    /// string) and UTF-16 (by its byte order mark) are refused with a sentence saying so.
    package static func read(bytes: [UInt8], file: String) -> Result<Submission, SubmissionError> {
        guard bytes.count <= maxBytes else {
            return .failure(SubmissionError(file: file, line: 1, column: 1, SubmissionFile.tooLarge(bytes.count, maxBytes: maxBytes)))
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return .failure(SubmissionError(file: file, line: 1, column: 1, "this file is UTF-16 text; save it as UTF-8"))
        }
        if bytes.starts(with: NumpyArray.magic) {
            return .failure(SubmissionError(file: file, line: 1, column: 1, NumpySubmission.loneArray))
        }
        if bytes.starts(with: Array("PK".utf8)) {
            return NumpySubmission.parse(npz: bytes, file: file)
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        let first = body.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
        if first == UInt8(ascii: "<") {
            return SubmissionXML.parse(bytes, file: file)
        }
        if first == UInt8(ascii: "{") {
            return JSONSubmission.parse(bytes, file: file)
        }
        return SheetLines.decode(bytes, file: file).map { SheetParser.parse($0, file: file) }
    }
}
