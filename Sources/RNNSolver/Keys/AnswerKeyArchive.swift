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
        /// The numpy shape (leading axes, rows, columns) and the elements in row order, separated
        /// by single spaces, each `e:<fraction>` or `a:<bits in hex>`: one string per value, so
        /// reading a large key back costs one JSON string per part, not one per element.
        case matrix(shape: [Int], elements: String)
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
            return .matrix(shape: m.shape, elements: m.elements.map { scalar in
                switch scalar {
                case .exact(let rational): "e:" + rational.description
                case .approx(let double): "a:" + String(double.bitPattern, radix: 16)
                }
            }.joined(separator: " "))
        case .complex(let values):
            return .complex(values.map { [$0.real.bitPattern, $0.imaginary.bitPattern] })
        case .verdict(let label, let explanation):
            return .verdict(label: label, explanation: explanation)
        }
    }

    private static func value(_ stored: Solved) -> SolvedValue? {
        switch stored {
        case .matrix(let shape, let elements):
            guard shape.count >= 2, let scalars = scalars(elements), let matrix = try? Matrix(shape: shape, elements: scalars) else { return nil }
            return .matrix(matrix)
        case .complex(let pairs):
            guard pairs.allSatisfy({ $0.count == 2 }) else { return nil }
            return .complex(pairs.map { Complex(Double(bitPattern: $0[0]), Double(bitPattern: $0[1])) })
        case .verdict(let label, let explanation):
            return .verdict(label: label, explanation: explanation)
        }
    }

    /// The space-separated elements of `text`; nil when one does not read.
    private static func scalars(_ text: String) -> [Scalar]? {
        var text = text
        return text.withUTF8 { bytes -> [Scalar]? in
            var scalars: [Scalar] = []
            var start = 0
            while start < bytes.count {
                let end = bytes[start...].firstIndex(of: UInt8(ascii: " ")) ?? bytes.count
                guard let scalar = scalar(UnsafeBufferPointer(rebasing: bytes[start..<end])) else { return nil }
                scalars.append(scalar)
                start = end + 1
            }
            return scalars
        }
    }

    /// One element, `e:<fraction>` or `a:<16 or fewer hex digits>`.
    private static func scalar(_ bytes: UnsafeBufferPointer<UInt8>) -> Scalar? {
        guard bytes.count > 2, bytes[1] == UInt8(ascii: ":") else { return nil }
        let body = UnsafeBufferPointer(rebasing: bytes[2...])
        switch bytes[0] {
        case UInt8(ascii: "e"):
            return Rational.parse(String(decoding: body, as: UTF8.self)).map(Scalar.exact)
        case UInt8(ascii: "a"):
            guard body.count <= 16 else { return nil }
            var bits: UInt64 = 0
            for byte in body {
                guard let digit = hexDigit(byte) else { return nil }
                bits = bits << 4 | UInt64(digit)
            }
            return .approx(Double(bitPattern: bits))
        default:
            return nil
        }
    }

    /// The value of a lowercase hexadecimal digit, as `String(_:radix: 16)` writes them.
    private static func hexDigit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        default: nil
        }
    }
}
