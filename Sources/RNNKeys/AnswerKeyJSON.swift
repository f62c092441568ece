import Foundation
import RNNMath
import RNNSolver

/// The answer key as JSON, with stable key order.
public enum AnswerKeyJSON {
    struct Document: Encodable {
        var assignment: String
        var title: String
        var parts: [PartKey]
    }

    struct PartKey: Encodable {
        var id: String
        var points: Double
        var kind: String
        var key: String?
        var exact: Bool?
        var decimal: String?
        var note: String?
        var working: [Line]?
        var error: String?
    }

    struct Line: Encodable {
        var label: String
        var value: String
    }

    /// `key` as pretty-printed JSON: assignment, title, and per part its id, points, kind, key,
    /// exactness, decimal form, a note on how it was computed (floating point beyond the budget), working lines and any failure, keys sorted.
    public static func render(_ key: AnswerKey) throws -> String {
        let document = Document(assignment: key.rubric.id, title: key.rubric.title, parts: key.entries.map { entry in
            var decimal: String?
            if let matrix = entry.solved?.matrix { decimal = ValueFormatting.decimalMatrix(matrix) }
            return PartKey(id: entry.part.id, points: entry.part.points, kind: entry.part.answer.kindName,
                           key: entry.display, exact: entry.solved?.isExact, decimal: decimal, note: entry.solved?.note,
                           working: entry.solved?.working.map { Line(label: $0.label, value: ValueFormatting.matrix($0.value)) },
                           error: entry.failure?.description)
        })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self)
    }
}
