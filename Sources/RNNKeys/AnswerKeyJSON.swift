import Foundation
import RNNMath
import RNNSolver

/// The answer key as JSON, with stable key order.
package enum AnswerKeyJSON {
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
        var exact: String?
        var decimal: String?
        var note: String?
        var working: [Line]?
        var mistakes: [MistakeKey]?
        var error: String?
    }

    struct Line: Encodable {
        var label: String
        var value: String
    }

    /// A known mistake: the declared ask or the built-in kind, its credit, and its value.
    struct MistakeKey: Encodable {
        var mistake: String
        var credit: Double
        var value: String?
        var exact: String?
        var decimal: String?
        var error: String?
    }

    /// Significant digits of the `decimal` forms: enough to give back the same `Double`.
    static let decimalDigits = 17

    /// `key` as pretty-printed JSON: assignment, title, and per part its id, points, kind, key
    /// (the text key's rendering), `exact` (the fraction form, for an exact value), `decimal`
    /// (17 significant digits), a note on how it was computed (floating point beyond the
    /// budget), working lines, every known mistake with its value in the same forms, and any
    /// failure; keys sorted.
    package static func render(_ key: AnswerKey) throws -> String {
        let solver = Solver(rubric: key.rubric)
        let valued = key.entries.filter(Self.hasValuedMistakes)
        // All parts' mistakes at once: the parts of a model share its unrollings and those of
        // its built-in rewritings, instead of unrolling each once per part.
        let values = Dictionary(uniqueKeysWithValues: zip(valued.map(\.part.id),
                                                          solver.knownMistakeValues(of: valued.map { ($0.part, nil) })))
        let document = Document(assignment: key.rubric.id, title: key.rubric.title, parts: key.entries.map { entry in
            let matrix = entry.solved?.matrix
            let mistakes = entry.failure == nil ? Self.mistakes(of: entry, values: values[entry.part.id], solver: solver) : []
            return PartKey(id: entry.part.id, points: entry.part.points, kind: entry.part.answer.kindName,
                           key: entry.display, exact: matrix.flatMap(exactForm), decimal: matrix.map(decimalForm), note: entry.solved?.note,
                           working: entry.solved?.working.map { Line(label: $0.label, value: ValueFormatting.matrix($0.value)) },
                           mistakes: mistakes.isEmpty ? nil : mistakes,
                           error: entry.failure?.description)
        })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self)
    }

    /// The fraction form of an exact value (`[-1/8, 3]`); nil for an approximate one.
    static func exactForm(_ m: Matrix) -> String? {
        m.isExact ? ValueFormatting.matrix(m) : nil
    }

    /// The value to ``decimalDigits`` significant digits.
    static func decimalForm(_ m: Matrix) -> String {
        ValueFormatting.decimalMatrix(m, digits: decimalDigits)
    }

    /// A mistake as the JSON key names it: a rubric-declared one by its ask, a built-in one by its kind.
    private static func name(of variant: MistakeVariant) -> String {
        variant.kind == .rubric ? "\(variant.ask)" : variant.kind.rawValue
    }

    /// Whether the entry's mistakes have values to compute: it has a key, and its part is not a
    /// formula (whose mistakes are formulas).
    private static func hasValuedMistakes(_ entry: AnswerKey.Entry) -> Bool {
        if case .formula = entry.part.answer { return false }
        return entry.failure == nil
    }

    /// Every known mistake of the entry's part with its value (`values`, computed for all parts
    /// together); built-in ones only where their value differs from the key (elsewhere they are
    /// not a mistake).
    private static func mistakes(of entry: AnswerKey.Entry, values: [(variant: MistakeVariant, value: Result<SolvedAnswer, SolverError>)]?,
                                 solver: Solver) -> [MistakeKey] {
        if case .formula = entry.part.answer {
            return solver.knownMistakes(of: entry.part).map { variant in
                MistakeKey(mistake: name(of: variant), credit: variant.credit, value: name(of: variant))
            }
        }
        return (values ?? []).compactMap { variant, value in
            let name = name(of: variant)
            switch value {
            case .success(let solved):
                if variant.kind != .rubric, solved.value == entry.solved?.value { return nil }
                let matrix = solved.matrix
                return MistakeKey(mistake: name, credit: variant.credit, value: ValueFormatting.solved(solved.value),
                                  exact: matrix.flatMap(exactForm), decimal: matrix.map(decimalForm))
            case .failure(let error):
                return variant.kind == .rubric ? MistakeKey(mistake: name, credit: variant.credit, error: error.message) : nil
            }
        }
    }
}
