import RNNMath

extension MatrixScoring {
    /// The score of an answer against a key when either has leading axes (numpy rank 3 or
    /// more): the shapes must be equal, and entries are compared one by one and named by their
    /// 0-based numpy index, `[n, t, h]`, as the student's own code would index them.
    static func stackedScore(_ student: Matrix, key: Matrix, tolerance: Tolerance, partialCredit: Bool) -> Score {
        guard student.shape == key.shape else {
            return Score(fraction: 0, feedback: ["expected an array of shape \(key.shapeText), received \(shapeText(of: student))"])
        }
        var wrong: [String] = []
        var specials: [String] = []
        var closeness: [NearMiss.Closeness?] = []
        for (offset, (answer, expected)) in zip(student.elements, key.elements).enumerated() {
            let match = ScalarMatch.of(answer, key: expected, tolerance: tolerance)
            guard match != .within else { continue }
            let entry = numpyIndex(offset, shape: key.shape)
            wrong.append(entry)
            if let feedback = match.feedback { specials.append("entry \(entry): \(feedback)") }
            closeness.append(match == .outside ? NearMiss.closeness(answer, key: expected, tolerance: tolerance) : nil)
        }
        let total = key.count
        guard !wrong.isEmpty else { return Score(fraction: 1, feedback: []) }
        let fraction = partialCredit && total > 0 ? Double(total - wrong.count) / Double(total) : 0
        let nearMiss = closeness.contains(nil) ? nil : NearMiss.sentence(entries: closeness.compactMap { $0 })
        return Score(fraction: fraction, feedback: [wrongEntries(wrong, of: total)] + specials + [nearMiss].compactMap { $0 })
    }

    /// The numpy index `[1, 0, 3]` of the element at row-major `offset` in an array of `shape`.
    static func numpyIndex(_ offset: Int, shape: [Int]) -> String {
        var rest = offset
        var index: [Int] = []
        for size in shape.reversed() {
            index.append(rest % size)
            rest /= size
        }
        return "[" + index.reversed().map(String.init).joined(separator: ", ") + "]"
    }

    /// A value's shape as numpy would print it: `(2, 3, 5)`; a 1×n row is `(n,)`, 1×1 `()`.
    private static func shapeText(of value: Matrix) -> String {
        if value.hasLeadingAxes { return value.shapeText }
        if value.isScalar { return "()" }
        return value.rows == 1 ? Matrix.shapeText([value.cols]) : value.shapeText
    }
}
