import Foundation
import RNNGrading

/// The answer fields of the student page as the answer sheet `rnngrade template` would have
/// been filled in with (`1.a = 6`, one line per label; an answer over several lines continues
/// on indented lines), so a paste is read and graded exactly as `check` reads a sheet. A design
/// part has one field for its whole answer (`W_h = 1; W_x = 1`), as the sheet's `5.a = …` line.
enum PastedAnswers {
    /// The sheet for the assignment as `view` shows it, from the form's `fields`, named by
    /// label; empty fields are left out (unanswered).
    static func sheet(_ fields: [String: String], for view: AssignmentView) -> String {
        var sheet = "# assignment: \(view.rubric.id)\n"
        for label in view.outline.sections.flatMap(\.items).flatMap({ labels(of: $0) }) {
            let lines = (fields[label] ?? "")
                .split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
                .map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
            guard let first = lines.first else { continue }
            sheet += "\(label) = \(first)\n"
            for line in lines.dropFirst() { sheet += "    \(line)\n" }
        }
        return sheet
    }

    /// The form's field names for `item`: its sheet labels, or the part id for a design part.
    static func labels(of item: TemplateOutline.Item) -> [String] {
        guard let first = item.blanks.first, first.parameter != nil else { return item.blanks.map(\.label) }
        return [first.part]
    }
}
