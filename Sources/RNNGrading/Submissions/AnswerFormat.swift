import Foundation
import RNNRubric

/// What a student's answer sheet must look like, without any key: per label, the kind of
/// answer and, for vectors and matrices, the shape (as the template's hints give them); for
/// choices the options. `rnngrade handout` writes it beside each sheet as `format.json`, and
/// `rnngrade check --format-only` checks a sheet against it where the rubric is not at hand.
package struct AnswerFormat: Codable, Sendable, Equatable {
    /// One label of the sheet.
    package struct Entry: Codable, Sendable, Equatable {
        /// The label written before `=` (`1.a`, or `5.W_h` for a design part's parameter).
        package var label: String
        /// The part it answers.
        package var part: String
        /// How the answer is read: an ``AnswerSyntax`` raw value, or `text` for a part graded by hand.
        package var kind: String
        /// Rows and columns of a vector or matrix, where the sheet says them.
        package var rows: Int?
        package var cols: Int?
        /// A choice part's options, id and text, as the handout shows them.
        package var options: [Option]?
    }

    /// A choice option.
    package struct Option: Codable, Sendable, Equatable {
        /// The option's id (`a`, `vanish`).
        package var id: String
        /// Its text.
        package var text: String
    }

    /// The file's version, for readers to refuse one they do not know.
    package var format = 1
    /// The assignment id.
    package var assignment: String
    /// The labels in sheet order.
    package var answers: [Entry]
    /// Design parts, which may also be answered on one line under the part's own id (`5.a = W_h = 1; W_x = 1`).
    package var designParts: [String]

    /// The format of `rubric`'s sheet (a student's variant, for a family): shapes come from the
    /// solver as the template's hints do, never a key value.
    package init(rubric: Rubric) {
        assignment = rubric.id
        let outline = TemplateOutline(rubric: rubric)
        let hints = TemplateHints(rubric: rubric)
        var answers: [Entry] = []
        var designParts: [String] = []
        for blank in outline.sections.flatMap(\.items).flatMap(\.blanks) {
            guard let part = rubric.part(blank.part) else { continue }
            var entry = Entry(label: blank.label, part: part.id, kind: "text")
            switch part.answer {
            case .computed(let kind, _, let key):
                entry.kind = (PartPlan.syntax(of: part.answer) ?? .number).rawValue
                if let shape = hints.shape(of: part, key: key, kind: kind) {
                    entry.rows = shape.rows
                    entry.cols = shape.cols
                }
            case .design(let spec):
                if !designParts.contains(part.id) { designParts.append(part.id) }
                let shape = rubric.problem(containing: part.id)?.model(spec.modelID)?.params.first { $0.name == blank.parameter }?.shape
                entry.kind = shape.map { $0.rows * $0.cols == 1 ? "number" : "matrix" } ?? "number"
                if let shape, shape.rows * shape.cols > 1 {
                    entry.rows = shape.rows
                    entry.cols = shape.cols
                }
            case .choice(let choice):
                entry.kind = (choice.multiple ? AnswerSyntax.multipleChoice : .choice).rawValue
                entry.options = choice.options.map { Option(id: $0.id, text: $0.text) }
            case .interval, .formula:
                entry.kind = (PartPlan.syntax(of: part.answer) ?? .number).rawValue
            case .manual:
                break
            }
            answers.append(entry)
        }
        self.answers = answers
        self.designParts = designParts
    }

    /// The JSON text: sorted keys, indented, one trailing newline (byte-identical every time).
    package var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self) + "\n"
    }

    /// The format in `data` read from `file`, or an error saying what is wrong with it.
    package static func read(_ data: Data, file: String) -> Result<AnswerFormat, SubmissionError> {
        do {
            let format = try JSONDecoder().decode(AnswerFormat.self, from: data)
            guard format.format == 1 else {
                return .failure(SubmissionError(message: "\(file): format version \(format.format) is newer than this rnngrade reads; update rnngrade"))
            }
            return .success(format)
        } catch {
            return .failure(SubmissionError(message: "\(file): not an answer format written by `rnngrade handout`; use the format.json from your handout folder"))
        }
    }
}
