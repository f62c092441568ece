import Foundation
import RNNGrading

/// The answer fields of the student page as the answer sheet `rnngrade template` would have
/// been filled in with (`1.a = 6`, one line per label; an answer over several lines continues
/// on indented lines), so a paste is read and graded exactly as `check` reads a sheet. A pasted
/// line that would not continue the answer (`# …` reads as a comment, `2.b = …` as another
/// part's answer) is joined to the line before it with a space, so a paste into one field
/// never answers, or loses text to, another. A design
/// part has one field for its whole answer (`W_h = 1; W_x = 1`), as the sheet's `5.a = …` line.
package enum PastedAnswers {
    /// The sheet for the assignment as `view` shows it, from the form's `fields`, named by
    /// label; empty fields are left out (unanswered).
    package static func sheet(_ fields: [String: String], for view: AssignmentView) -> String {
        var sheet = "# assignment: \(view.rubric.id)\n"
        for label in view.outline.sections.flatMap(\.items).flatMap({ labels(of: $0) }) {
            let lines = (fields[label] ?? "")
                .split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
                .map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
            guard let first = lines.first else { continue }
            var written = ["\(label) = \(first)"]
            for line in lines.dropFirst() {
                // A pasted line the sheet would read as a comment (`# …`) or as another part's
                // answer (`2.b = …`) joins the line before it, so it stays in this answer.
                let indented = "    \(line)"
                if SheetParser.continues(indented, openBrackets: false) {
                    written.append(indented)
                } else {
                    written[written.count - 1] += " " + line
                }
            }
            sheet += written.joined(separator: "\n") + "\n"
        }
        return sheet
    }

    /// The form's field names for `item`: its sheet labels, or the part id for a design part.
    package static func labels(of item: TemplateOutline.Item) -> [String] {
        guard let first = item.blanks.first, first.parameter != nil else { return item.blanks.map(\.label) }
        return [first.part]
    }
}
