import Foundation
import RealModule
import RNNMath
import RNNRubric

/// What grading reads of an ``AnswerKey``, in a form that can be stored and read back
/// losslessly: per part its id, display and solved value (exact numbers as fractions, floating
/// point ones by their bits), and the solver's note. The working lines are left out (only the
/// printed key shows them), so a key read back has none.
///
/// A key with a part that failed is not archived: its diagnostics are the rubric's errors and
/// are computed again each time, as they should be shown.
package struct AnswerKeyArchive: Codable, Sendable, Equatable {
    /// One part's entry.
    struct Entry: Codable, Sendable, Equatable {
        var part: String
        var display: String?
        var solved: Solved?
        var note: String?
    }

    /// A solved value.
    enum Solved: Codable, Sendable, Equatable {
        /// Rows, columns and the elements in row order, each `e:<fraction>` or `a:<bits in hex>`.
        case matrix(rows: Int, cols: Int, elements: [String])
        /// Complex numbers as the bits of their real and imaginary parts.
        case complex([[UInt64]])
        /// A verdict's option id and sentence.
        case verdict(label: String, explanation: String)
    }

    /// The entries in the rubric's order.
    var entries: [Entry]

    /// The archive of `key`; nil when some part's key failed.
    package init?(_ key: AnswerKey) {
        guard key.failures.isEmpty else { return nil }
        entries = key.entries.map { entry in
            Entry(part: entry.part.id, display: entry.display, solved: entry.solved.map { Self.solved($0.value) }, note: entry.solved?.note)
        }
    }

    /// The key of `rubric` this archive holds; nil unless it has exactly `rubric`'s parts in
    /// order and every value reads back.
    package func key(of rubric: Rubric) -> AnswerKey? {
        guard entries.count == rubric.parts.count else { return nil }
        var restored: [AnswerKey.Entry] = []
        for (entry, part) in zip(entries, rubric.parts) {
            guard entry.part == part.id else { return nil }
            var solved: SolvedAnswer?
            if let stored = entry.solved {
                guard let value = Self.value(stored) else { return nil }
                solved = SolvedAnswer(value: value, note: entry.note)
            }
            restored.append(AnswerKey.Entry(part: part, solved: solved, display: entry.display))
        }
        return AnswerKey(rubric: rubric, entries: restored)
    }

    private static func solved(_ value: SolvedValue) -> Solved {
        switch value {
        case .matrix(let m):
            return .matrix(rows: m.rows, cols: m.cols, elements: m.elements.map { scalar in
                switch scalar {
                case .exact(let rational): "e:" + rational.description
                case .approx(let double): "a:" + String(double.bitPattern, radix: 16)
                }
            })
        case .complex(let values):
            return .complex(values.map { [$0.real.bitPattern, $0.imaginary.bitPattern] })
        case .verdict(let label, let explanation):
            return .verdict(label: label, explanation: explanation)
        }
    }

    private static func value(_ stored: Solved) -> SolvedValue? {
        switch stored {
        case .matrix(let rows, let cols, let elements):
            var scalars: [Scalar] = []
            scalars.reserveCapacity(elements.count)
            for element in elements {
                guard let scalar = scalar(element) else { return nil }
                scalars.append(scalar)
            }
            let count = rows.multipliedReportingOverflow(by: cols)
            guard rows >= 0, cols >= 0, !count.overflow, count.partialValue == scalars.count,
                  let matrix = try? Matrix(rows: rows, cols: cols, elements: scalars) else { return nil }
            return .matrix(matrix)
        case .complex(let pairs):
            guard pairs.allSatisfy({ $0.count == 2 }) else { return nil }
            return .complex(pairs.map { Complex(Double(bitPattern: $0[0]), Double(bitPattern: $0[1])) })
        case .verdict(let label, let explanation):
            return .verdict(label: label, explanation: explanation)
        }
    }

    private static func scalar(_ text: String) -> Scalar? {
        if text.hasPrefix("e:") { return Rational.parse(String(text.dropFirst(2))).map(Scalar.exact) }
        if text.hasPrefix("a:"), let bits = UInt64(text.dropFirst(2), radix: 16) { return .approx(Double(bitPattern: bits)) }
        return nil
    }
}
