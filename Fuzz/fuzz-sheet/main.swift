import FuzzSupport
import RNNGrading

// The plain answer-sheet reader (inputs that SubmissionReader would read as XML are skipped; see
// fuzz-submission-xml). Properties: every character of every answer is at the line and column the
// answer states (continuation lines start in column 1), an empty answer's column is at most one
// past its line's end, and every warning is on a line of the file.
fuzz { bytes in
    guard !looksLikeXML(bytes), case .success(let submission) = SubmissionReader.read(bytes: bytes, file: "fuzz.txt") else { return }
    let lines = sourceLines(bytes)
    for answer in submission.answers {
        let place = "answer \(answer.label) at \(answer.line):\(answer.column)"
        require((1...lines.count).contains(answer.line), "\(place) is outside the file's \(lines.count) lines")
        require((1...lines[answer.line - 1].count + 1).contains(answer.column), "\(place) is outside its line")
        var (line, column) = (answer.line, answer.column)
        for character in answer.text {
            if character == "\n" {
                (line, column) = (line + 1, 1)
                continue
            }
            require(line <= lines.count && column <= lines[line - 1].count && lines[line - 1][column - 1] == character,
                    "\(place): its character \(character.debugDescription) is not at \(line):\(column)")
            column += 1
        }
    }
    for warning in submission.warnings {
        require((1...max(lines.count, 1)).contains(warning.line), "warning at \(warning.location) outside the file: \(warning.message)")
    }
}
