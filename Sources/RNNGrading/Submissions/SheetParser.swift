/// Reads the lines of a plain answer sheet:
///
/// ```
/// # assignment: in5400-w10
/// # student: 400101515
/// 1.a = 6
/// 2.c = [[0.015261, -0.020348],
///        [-0.020348, 0.027130]]
/// 5.W_h = 1
/// ```
/// Loose forms at the start of a line (`1.b: 0.5`, `(3.c) = 2`, `1.b) 0.5`) are read as
/// answer lines too, and the label's part is then warned about (``Submission/answers(for:)``).
/// A line starting with `#` is a comment (`assignment`, `student` and `name` comments fill the
/// header); an answer line is `LABEL = TEXT`; an answer continues on the following lines while
/// its brackets are unbalanced or while they are indented, unless such a line is blank, a
/// comment, or an answer line itself; inside open brackets, blank lines followed by a line
/// starting with `[` (numpy's printed arrays of rank 3 or more) are part of the answer.
/// docs/submission-format.md has every rule.
package enum SheetParser {
    /// The submission in `lines` (from ``SheetLines``), named `file` in warnings.
    static func parse(_ lines: [String], file: String) -> Submission {
        var draft = SubmissionDraft(file: file)
        var index = 0
        while index < lines.count {
            let line = lines[index]
            let number = index + 1
            index += 1
            guard let first = firstNonBlankByte(line) else { continue }
            if first == UInt8(ascii: "#") {
                readComment(line.trimmingBlanks(), line: number, column: line.count - line.drop(while: \.isBlank).count + 1, into: &draft)
                continue
            }
            guard let start = AnswerLine(line) else {
                draft.warn(line: number, column: line.prefix(while: \.isBlank).count + 1,
                           "expected `part = answer`, e.g. `1.a = 6`")
                continue
            }
            var text = start.text
            var depth = bracketDepth(text)
            while index < lines.count {
                if depth > 0, let next = bridgedBlankLines(lines, from: index) {
                    // numpy prints a blank line between the blocks of an array of rank 3 or more.
                    text += String(repeating: "\n", count: next - index)
                    index = next
                }
                guard continues(lines[index], openBrackets: depth > 0) else { break }
                let continuation = lines[index].trimmingTrailingBlanks()
                text += "\n" + continuation
                depth += bracketDepth(continuation)
                index += 1
            }
            draft.add(SubmittedAnswer(label: start.label, text: text, line: number, column: start.textColumn, looseForm: start.looseForm),
                      labelColumn: start.labelColumn)
        }
        return draft.submission()
    }

    /// Whether `line` continues the answer above it: not blank, not a comment, not an answer
    /// line itself, and indented (or inside brackets the answer left open). The self-check
    /// server's pasted answers are written so that each of their lines does.
    package static func continues(_ line: String, openBrackets: Bool) -> Bool {
        guard let first = firstNonBlankByte(line), first != UInt8(ascii: "#"), AnswerLine(line) == nil else { return false }
        return openBrackets || line.first?.isBlank == true
    }

    /// The index of the line after the blank lines starting at `index` when there are some and
    /// that line (blanks aside) starts with `[`: inside open brackets, numpy's printed form of an
    /// array of rank 3 or more, whose blocks are separated by blank lines, so the answer goes on.
    private static func bridgedBlankLines(_ lines: [String], from index: Int) -> Int? {
        var next = index
        while next < lines.count, firstNonBlankByte(lines[next]) == nil { next += 1 }
        guard next > index, next < lines.count, firstNonBlankByte(lines[next]) == UInt8(ascii: "[") else { return nil }
        return next
    }

    /// The first byte of `line` that is not a space or tab (blank lines and comments are told
    /// apart by it without copying the line).
    private static func firstNonBlankByte(_ line: String) -> UInt8? {
        line.utf8.first { $0 != 0x20 && $0 != 0x09 }
    }

    /// Opening minus closing brackets and parentheses; intervals such as `[0, 1)` count as balanced.
    /// (Counted in bytes: brackets are ASCII, and essays make lines long.)
    private static func bracketDepth(_ text: String) -> Int {
        text.utf8.reduce(0) { depth, byte in
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): depth + 1
            case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"): depth - 1
            default: depth
            }
        }
    }

    /// Reads `# key: value` header comments; other comments are ignored.
    private static func readComment(_ comment: String, line: Int, column: Int, into draft: inout SubmissionDraft) {
        let body = comment.dropFirst().drop(while: \.isBlank)
        guard let colon = body.firstIndex(of: ":"),
              let field = SubmissionDraft.Field(rawValue: body[..<colon].trimmingBlanks().lowercased())
        else { return }
        draft.set(field, to: body[body.index(after: colon)...].trimmingBlanks(), line: line, column: column)
    }
}
