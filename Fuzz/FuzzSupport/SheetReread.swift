import RNNGrading

/// The property the answer-file harnesses share: every answer of `submission` (read from an
/// `.npz` or JSON file) that reads as a number, vector or matrix prints as a sheet line
/// `label = printed` that `SubmissionReader` reads back, as a plain sheet, to the same value.
/// A file's numbers must grade exactly as the same numbers typed on a sheet.
package func requireAnswersRereadAsSheet(_ submission: Submission, source: String) {
    for answer in submission.answers where !answer.label.isEmpty && !answer.label.contains(where: \.isNewline) {
        for syntax in [AnswerSyntax.number, .vector, .matrix] {
            guard case .success(let value) = AnswerReader.read(answer.text, as: syntax) else { continue }
            let sheet = "# student: fuzz\n1.a = \(value.printed)\n"
            guard case .success(let reread) = SubmissionReader.read(bytes: Array(sheet.utf8), file: "reread.txt"),
                  let line = reread.answers.first else {
                return require(false, "\(source): \(answer.label)'s \(syntax) \(answer.text.debugDescription) prints as the sheet \(sheet.debugDescription), which does not read")
            }
            switch AnswerReader.read(line.text, as: syntax) {
            case .failure(let error):
                require(false, "\(source): \(answer.label)'s \(syntax) prints as \(line.text.debugDescription), which does not read: \(error.message)")
            case .success(let again):
                require(again.isSame(as: value), "\(source): \(answer.label)'s \(syntax) \(value.printed.debugDescription) rereads as \(again.printed.debugDescription)")
            }
        }
    }
}
