import FuzzSupport
import RNNGrading

// The submission-XML reader (inputs that SubmissionReader would read as a plain sheet are
// skipped; see fuzz-sheet). Properties: every answer's position is inside the file, and the
// character there is the answer's first character unless the text starts with a reference or a
// CDATA section (`&…;`, `<![CDATA[`); every warning is on a line of the file.
fuzz { bytes in
    guard looksLikeXML(bytes), case .success(let submission) = SubmissionReader.read(bytes: bytes, file: "fuzz.xml") else { return }
    let lines = sourceLines(bytes)
    for answer in submission.answers {
        let place = "answer \(answer.label) at \(answer.line):\(answer.column)"
        require((1...lines.count).contains(answer.line), "\(place) is outside the file's \(lines.count) lines")
        let line = lines[answer.line - 1]
        require((1...line.count + 1).contains(answer.column), "\(place) is outside its line")
        guard let first = answer.text.first, answer.column <= line.count else { continue }
        let source = line[answer.column - 1]
        require(source == "&" || source == "<" || source == first,
                "\(place): its first character \(first.debugDescription) is not there (found \(source.debugDescription))")
    }
    for warning in submission.warnings {
        require((1...max(lines.count, 1)).contains(warning.line), "warning at \(warning.location) outside the file: \(warning.message)")
    }
}
