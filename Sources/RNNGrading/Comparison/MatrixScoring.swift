import RNNMath

/// Scores a vector or matrix element by element.
///
/// - Shapes must agree, except that a vector written the other way round (1×n for n×1, or
///   n×1 for 1×n) is compared transposed and accepted with a note.
/// - With partial credit, the fraction is the share of entries within the tolerance; without
///   it, all entries must be within it. Wrong entries are named as 1-based `(row, col)`.
/// - Arrays of rank 3 or more need the key's exact shape; their wrong entries are named by
///   numpy's 0-based index `[n, t, h]` (`MatrixScoring+Stacked.swift`).
/// - When every wrong entry is wrong only by precision, a sentence says how close they came
///   (``NearMiss``): a matrix rounded too early is told so.
package enum MatrixScoring {
    /// How many wrong entries are named before the rest are counted.
    package static let namedEntries = 8

    /// The score of `student` against `key`.
    package static func score(_ student: Matrix, key: Matrix, tolerance: Tolerance, partialCredit: Bool = true) -> Score {
        if student.hasLeadingAxes || key.hasLeadingAxes {
            return stackedScore(student, key: key, tolerance: tolerance, partialCredit: partialCredit)
        }
        var notes: [String] = []
        var answer = student
        if student.rows != key.rows || student.cols != key.cols {
            guard isTransposedVector(student, key: key) else { return shapeMismatch(student, key: key) }
            answer = student.transposed
            notes.append(key.cols == 1
                ? "you wrote a row vector; the answer is a column vector, accepted as its transpose"
                : "you wrote a column vector; the answer is a row vector, accepted as its transpose")
        }
        var wrong: [String] = []
        var specials: [String] = []
        var closeness: [NearMiss.Closeness?] = []
        for row in 0..<key.rows {
            for col in 0..<key.cols {
                let match = ScalarMatch.of(answer[row, col], key: key[row, col], tolerance: tolerance)
                guard match != .within else { continue }
                wrong.append("(\(row + 1), \(col + 1))")
                if let feedback = match.feedback { specials.append("entry (\(row + 1), \(col + 1)): \(feedback)") }
                closeness.append(match == .outside ? NearMiss.closeness(answer[row, col], key: key[row, col], tolerance: tolerance) : nil)
            }
        }
        let total = key.rows * key.cols
        guard !wrong.isEmpty else { return Score(fraction: 1, feedback: notes) }
        let fraction = partialCredit && total > 0 ? Double(total - wrong.count) / Double(total) : 0
        let nearMiss = closeness.contains(nil) ? nil : NearMiss.sentence(entries: closeness.compactMap { $0 })
        return Score(fraction: fraction, feedback: notes + [wrongEntries(wrong, of: total)] + specials + [nearMiss].compactMap { $0 })
    }

    /// Whether `student` is the key's vector written the other way round.
    static func isTransposedVector(_ student: Matrix, key: Matrix) -> Bool {
        key.isVector && student.rows == key.cols && student.cols == key.rows
    }

    /// The zero score for a shape mismatch, naming both shapes.
    static func shapeMismatch(_ student: Matrix, key: Matrix) -> Score {
        var feedback = ["expected a \(key.shapeDescription) \(key.isVector ? "vector" : "matrix"), received \(student.shapeDescription)"]
        if student.rows * student.cols > key.rows * key.cols {
            feedback.append("a comma always separates entries; write decimals with a dot (0.5, not 0,5)")
        }
        return Score(fraction: 0, feedback: feedback)
    }

    /// "wrong entries: (1, 2), (2, 1)", with at most ``namedEntries`` named.
    static func wrongEntries(_ entries: [String], of total: Int) -> String {
        let named = entries.prefix(namedEntries).joined(separator: ", ")
        let rest = entries.count > namedEntries ? " and \(entries.count - namedEntries) more" : ""
        let noun = total == 1 ? "entry" : "entries"
        return "\(entries.count) of \(total) \(noun) wrong: \(named)\(rest)"
    }
}
