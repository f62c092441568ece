import FuzzSupport
import RNNGrading

// Every answer reader. An input is the syntax's name (`number`, `matrix`, `interval`, `choice`,
// `multiple-choice`, `formula`, `weights`, `vector`) on the first line and the answer after it.
// Properties: an answer that reads prints (AnswerValue+Printed) as a text that reads to the same
// value; a refused answer's error column is inside the text or just past its end.
fuzz { bytes in
    guard let text = String(validating: bytes, as: UTF8.self),
          let newline = text.firstIndex(of: "\n"),
          let syntax = AnswerSyntax(rawValue: String(text[..<newline]))
    else { return }
    let answer = String(text[text.index(after: newline)...])
    switch AnswerReader.read(answer, as: syntax) {
    case .failure(let error):
        require((0...answer.count).contains(error.column), "\(syntax) \(answer.debugDescription): error column \(error.column) outside the text")
    case .success(let value):
        let printed = value.printed
        switch AnswerReader.read(printed, as: syntax) {
        case .failure(let error):
            require(false, "\(syntax) \(answer.debugDescription) prints as \(printed.debugDescription), which does not read: \(error.message)")
        case .success(let again):
            require(again.isSame(as: value), "\(syntax) \(answer.debugDescription) prints as \(printed.debugDescription), which reads as \(again.printed.debugDescription)")
        }
    }
}
