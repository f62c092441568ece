import RNNExpr

/// A submission being read, shared by the sheet and XML readers so both apply the same rules:
/// header fields keep their first value, a label answered twice keeps its first answer, and
/// every problem is a located warning.
struct SubmissionDraft {
    /// The header fields a file may state.
    enum Field: String, CaseIterable {
        case assignment, student, name
    }

    let file: String
    private(set) var fields: [Field: (value: String, line: Int)] = [:]
    private(set) var answers: [SubmittedAnswer] = []
    private(set) var warnings: [Diagnostic] = []
    private var answerLines: [String: Int] = [:]

    init(file: String) {
        self.file = file
    }

    /// Records a located warning.
    mutating func warn(line: Int, column: Int, _ message: String) {
        warnings.append(Diagnostic(file: file, line: line, column: column, message: message))
    }

    /// Records a header field; a blank value is no value, and a second different value is a warning.
    mutating func set(_ field: Field, to value: String, line: Int, column: Int) {
        guard !value.isEmpty else { return }
        if let first = fields[field] {
            if first.value != value {
                warn(line: line, column: column, "the \(field.rawValue) is given twice; the first (\(first.value), line \(first.line)) is kept")
            }
            return
        }
        fields[field] = (value, line)
    }

    /// Records an answer, unless its label was answered before (then a warning).
    mutating func add(_ answer: SubmittedAnswer, labelColumn: Int) {
        if let first = answerLines[answer.label] {
            warn(line: answer.line, column: labelColumn, "\(answer.label) is answered twice; the answer on line \(first) is kept")
            return
        }
        answerLines[answer.label] = answer.line
        answers.append(answer)
    }

    /// The finished submission; the student id falls back to the file name's stem.
    func submission() -> Submission {
        var warnings = self.warnings
        if answers.isEmpty {
            warnings.append(Diagnostic(file: file, line: 1, column: 1,
                                       message: "no answers found; write one answer per line, e.g. `1.a = 6`"))
        }
        let stated = fields[.student]?.value
        let stem = Self.stem(of: file)
        return Submission(
            assignmentID: fields[.assignment]?.value,
            studentID: stated ?? (stem.isEmpty ? nil : stem),
            studentIDSource: stated != nil ? .file : (stem.isEmpty ? .none : .fileName),
            studentName: fields[.name]?.value,
            file: file, answers: answers, warnings: warnings)
    }

    /// The last path component without its extension: `hw/400101515.txt` → `400101515`.
    static func stem(of path: String) -> String {
        let name = path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
