import FuzzSupport
import RNNGrading

// The JSON answer-file reader, through SubmissionReader (inputs it would not read as JSON, whose
// first byte after white space is not `{`, are skipped). Properties: a refusal and every warning
// are on a line of the file; every answer that reads as a number, vector or matrix prints as a
// sheet answer that reads back to the same value.
fuzz { bytes in
    let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
    guard body.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) == UInt8(ascii: "{") else { return }
    let lineCount = max(sourceLines(bytes).count, 1)
    switch SubmissionReader.read(bytes: bytes, file: "fuzz.json") {
    case .failure(let error):
        let line = error.message.wholeMatch(of: /fuzz\.json:(\d+):\d+: (?s:.+)/).flatMap { Int($0.1) }
        require(line.map { (1...lineCount).contains($0) } == true, "a refusal not on one of the \(lineCount) lines: \(error.message)")
    case .success(let submission):
        for warning in submission.warnings {
            require((1...lineCount).contains(warning.line), "a warning at line \(warning.line) of \(lineCount): \(warning.message)")
        }
        requireAnswersRereadAsSheet(submission, source: "json")
    }
}
