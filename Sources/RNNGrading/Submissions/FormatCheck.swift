import RNNRubric

/// `rnngrade check --format-only`: an answer sheet checked against its ``AnswerFormat`` alone,
/// with no key: each label's answer must read as its kind (the same readers `check` uses, with
/// the same caret messages) and have the sheet's shape. Values are never judged.
package struct FormatCheck: Sendable {
    /// What was found for one label of the format.
    package struct Finding: Sendable, Equatable {
        /// The label.
        package var label: String
        /// `ok`, `unanswered`, `unreadable` or `wrong shape`.
        package var status: String
        /// The caret message of an unreadable answer, or what shape was read.
        package var detail: String?
    }

    /// Per label of the format, in sheet order.
    package var findings: [Finding] = []
    /// Lines of the sheet that answer no label of the format, and other notes.
    package var warnings: [String] = []

    /// Whether every answer given reads and has its shape (unanswered labels are allowed).
    package var isClean: Bool { findings.allSatisfy { $0.status == "ok" || $0.status == "unanswered" } }

    /// The check of the answer file at `path` against `format` (the file is read as `check`
    /// reads it: at most ``SubmissionReader/maxBytes``, any of its formats).
    package static func check(path: String, format: AnswerFormat) -> Result<FormatCheck, SubmissionError> {
        SubmissionFile.bytes(at: path, maxBytes: SubmissionReader.maxBytes).flatMap { check(bytes: $0, file: path, format: format) }
    }

    /// The check of the answer file `bytes` (any format `check` reads), named `file`, against
    /// `format`; a file that cannot be read at all is the reader's located error.
    package static func check(bytes: [UInt8], file: String, format: AnswerFormat) -> Result<FormatCheck, SubmissionError> {
        let submission: Submission
        switch SubmissionReader.read(bytes: bytes, file: file) {
        case .success(let read): submission = read
        case .failure(let error): return .failure(error)
        }
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        var report = FormatCheck()
        report.warnings = submission.warnings.map(\.description)
        if let id = submission.assignmentID, id != format.assignment {
            report.warnings.append("\(file): this sheet is for assignment \(id), but the format is for \(format.assignment)")
        }
        var given: [String: SubmittedAnswer] = [:]
        let labels = Set(format.answers.map(\.label))
        for answer in submission.answers {
            let label = labels.contains(answer.label) ? answer.label
                : format.answers.first { $0.label.lowercased() == answer.label.lowercased() }?.label
            if let label, given[label] == nil {
                given[label] = answer
            } else if format.designParts.contains(answer.label) {
                given[answer.label] = answer
            } else {
                report.warnings.append("\(file):\(answer.line): ‘\(answer.label)’ is not a label of this sheet (its labels: \(format.answers.map(\.label).joined(separator: ", ")))")
            }
        }
        for entry in format.answers {
            guard let answer = given[entry.label] ?? format.designParts.first(where: { $0 == entry.part }).flatMap({ given[$0] }) else {
                report.findings.append(Finding(label: entry.label, status: "unanswered"))
                continue
            }
            let sourceLine = answer.sourceLine
                ?? (answer.line >= 1 && answer.line <= lines.count ? SubmissionGrading.text(ofLine: lines[answer.line - 1]) : answer.text)
            let designLine = given[entry.label] == nil
            switch read(answer.text, as: designLine ? "weights" : entry.kind, entry: entry) {
            case .failure(let error):
                report.findings.append(Finding(label: entry.label, status: "unreadable",
                                               detail: error.rendered(line: sourceLine, lineNumber: answer.line, answerStart: answer.column - 1, file: file)))
            case .success(let value):
                if !designLine, let rows = entry.rows, let cols = entry.cols, case .matrix(let matrix) = value {
                    let fits = entry.kind == AnswerSyntax.vector.rawValue ? matrix.rows * matrix.cols == rows * cols && min(matrix.rows, matrix.cols) == 1
                                                                           : (matrix.rows, matrix.cols) == (rows, cols)
                    if !fits {
                        report.findings.append(Finding(label: entry.label, status: "wrong shape",
                                                       detail: "read a \(matrix.rows)×\(matrix.cols) \(entry.kind); the sheet asks for \(rows)×\(cols)"))
                        continue
                    }
                }
                report.findings.append(Finding(label: entry.label, status: "ok"))
            }
        }
        return .success(report)
    }

    /// `text` read as `kind` (a choice with the entry's options, as `check` reads choices).
    private static func read(_ text: String, as kind: String, entry: AnswerFormat.Entry) -> Result<AnswerValue, AnswerFormatError> {
        guard let syntax = AnswerSyntax(rawValue: kind) else { return .success(.choices([])) }
        if syntax == .choice || syntax == .multipleChoice {
            let options = (entry.options ?? []).map { (id: $0.id, text: $0.text) }
            return ChoiceSpec(options: options, multiple: syntax == .multipleChoice).read(text)
        }
        return AnswerReader.read(text, as: syntax)
    }

    /// The report as `check --format-only` prints it.
    package func rendered(file: String, format: AnswerFormat) -> String {
        var out = "\(file): the format of your answers to \(format.assignment) (values are not checked: no key here)\n"
        let width = findings.map(\.label.count).max() ?? 0
        for finding in findings {
            let mark = finding.status == "ok" || finding.status == "unanswered" ? " " : "?"
            out += "\(mark) \(finding.label.padding(toLength: width, withPad: " ", startingAt: 0))  \(finding.status)\n"
            if let detail = finding.detail {
                out += detail.split(separator: "\n", omittingEmptySubsequences: false).map { "    \($0)\n" }.joined()
            }
        }
        for warning in warnings { out += "warning: \(warning)\n" }
        let problems = findings.filter { $0.status != "ok" && $0.status != "unanswered" }.count
        out += problems == 0 ? "Every answer given reads and has its shape.\n"
                             : "\(problems) answer\(problems == 1 ? "" : "s") to fix before you hand in.\n"
        return out
    }
}
