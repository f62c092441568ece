/// Reads answers given as JSON, as a notebook writes them with `json.dump`, into the same
/// ``Submission`` a sheet gives:
///
/// ```json
/// {"student": "400101515", "answers": {"1.a": 6, "2.c": [[0.015261, -0.020348], [-0.020348, 0.02713]]}}
/// {"1.a": 6, "2.c": [[0.015261, -0.020348], [-0.020348, 0.02713]]}
/// ```
/// The top level is one object. Its keys `student`, `assignment` and `name` fill the header;
/// `answers`, if present, is an object of answers; every other key with a dot in it is an answer
/// label. A number or list is read from the text it is written as (so `0.1` is exactly 1/10, as
/// in a sheet), a string is the answer text itself (`"1/4"`, `"b"`, `"sigmoid(x1 - x2)"`), and
/// `null` is a blank answer. Each answer is located where its value starts in the file.
enum JSONSubmission {
    /// The submission in the JSON text of `bytes`, or why it cannot be read.
    static func parse(_ bytes: [UInt8], file: String) -> Result<Submission, SubmissionError> {
        SheetLines.decode(bytes, file: file).flatMap { lines in
            var scanner = JSONScanner(lines.joined(separator: "\n"))
            do throws(JSONScanner.Failure) {
                let document = try scanner.document()
                guard case .object(let members) = document.value else {
                    return .failure(SubmissionError(file: file, line: document.line, column: document.column,
                                                    "a JSON submission is one object, e.g. {\"1.a\": 0.5}"))
                }
                var draft = SubmissionDraft(file: file)
                read(members, into: &draft, topLevel: true)
                return .success(draft.submission())
            } catch {
                return .failure(SubmissionError(file: file, line: error.line, column: error.column, error.message))
            }
        }
    }

    /// Records the header fields and answers among `members`.
    private static func read(_ members: [(key: String, line: Int, column: Int, value: JSONScanner.Located)],
                             into draft: inout SubmissionDraft, topLevel: Bool) {
        for member in members {
            let value = member.value
            if topLevel, let field = SubmissionDraft.Field(rawValue: member.key) {
                switch value.value {
                case .string(let text), .raw(let text): draft.set(field, to: text.trimmingBlanks(), line: value.line, column: value.column)
                default: draft.warn(line: value.line, column: value.column, "the \(field.rawValue) should be a string; it is ignored")
                }
            } else if topLevel, member.key == "answers" {
                guard case .object(let answers) = value.value else {
                    draft.warn(line: value.line, column: value.column, "\"answers\" should be an object of answers, e.g. {\"1.a\": 0.5}; it is ignored")
                    continue
                }
                read(answers, into: &draft, topLevel: false)
            } else if topLevel, !member.key.contains(".") {
                draft.warn(line: member.line, column: member.column,
                           "\"\(member.key)\" is neither a part label (like \"1.a\") nor student, assignment, name or answers; it is ignored")
            } else {
                let text: String
                switch value.value {
                case .string(let string): text = string.trimmingBlanks()
                case .raw(let raw): text = raw
                case .null: text = ""
                case .object:
                    draft.warn(line: value.line, column: value.column, "the answer to \(member.key) is an object; write a number, a list of numbers or a string")
                    continue
                }
                // A string's text starts after its opening quote.
                let column = value.column + (value.value.isString ? 1 : 0)
                draft.add(SubmittedAnswer(label: member.key, text: text, line: value.line, column: column), labelColumn: member.column)
            }
        }
    }
}

extension JSONScanner.Located.Value {
    /// Whether this is a string (whose text starts one column after the value).
    var isString: Bool {
        if case .string = self { return true }
        return false
    }
}
