/// Blocks of a matrix: taking one out, putting one into zeros, and joining matrices.
extension Matrix {
    /// Which way matrices are joined.
    package enum Axis: Sendable, Hashable {
        /// One above the other: the widths must agree, the heights add (numpy's axis 0).
        case vertical
        /// Side by side: the heights must agree, the widths add (numpy's axis 1).
        case horizontal
    }

    /// The block in rows `rows` and columns `cols` (0-based, half-open).
    ///
    ///     // [1 2 3; 4 5 6].block(rows: 1..<2, cols: 0..<2)  →  [4 5]
    ///
    /// - Throws: `MathError.domain` when a range is empty or leaves the matrix.
    package func block(rows rowRange: Range<Int>, cols colRange: Range<Int>) throws(MathError) -> Matrix {
        try Self.check(rowRange, within: rows, "rows")
        try Self.check(colRange, within: cols, "columns")
        var offsets: [Int] = []
        offsets.reserveCapacity(rowRange.count * colRange.count)
        for r in rowRange { offsets += (r * cols + colRange.lowerBound)..<(r * cols + colRange.upperBound) }
        return gathering(offsets, shape: [rowRange.count, colRange.count])
    }

    /// A `rows`×`cols` matrix of exact zeros with `self` placed with its top-left corner at
    /// (`row`, `col`): the inverse of ``block(rows:cols:)`` and the gradient rule of a slice.
    ///
    /// - Precondition: `self` fits inside at that place.
    package func placed(inRows height: Int, cols width: Int, atRow row: Int, col: Int) -> Matrix {
        let elements = elements
        var result = [Scalar](repeating: .zero, count: height * width)
        for r in 0..<rows {
            for c in 0..<cols { result[(row + r) * width + col + c] = elements[r * cols + c] }
        }
        return Matrix(uncheckedRows: height, cols: width, elements: result)
    }

    /// `parts` joined one above the other (`.vertical`) or side by side (`.horizontal`).
    ///
    ///     // concatenating([[1 2], [3 4]], along: .vertical)  →  [1 2; 3 4]
    ///
    /// - Throws: `MathError.domain` for no parts, `MathError.shapeMismatch` when the widths
    ///   (vertical) or heights (horizontal) differ.
    package static func concatenating(_ parts: [Matrix], along axis: Axis) throws(MathError) -> Matrix {
        guard let first = parts.first else { throw .domain(operation: "concatenation", detail: "there is nothing to join") }
        switch axis {
        case .vertical:
            var elements: [Scalar] = []
            for part in parts {
                guard part.cols == first.cols else {
                    throw .shapeMismatch(operation: "stacking rows", lhs: first.shapeDescription, rhs: part.shapeDescription)
                }
                elements.append(contentsOf: part.elements)
            }
            return Matrix(uncheckedRows: parts.reduce(0) { $0 + $1.rows }, cols: first.cols, elements: elements)
        case .horizontal:
            for part in parts where part.rows != first.rows {
                throw .shapeMismatch(operation: "joining columns", lhs: first.shapeDescription, rhs: part.shapeDescription)
            }
            let partElements = parts.map(\.elements)
            var elements: [Scalar] = []
            for r in 0..<first.rows {
                for (part, values) in zip(parts, partElements) { elements.append(contentsOf: values[(r * part.cols)..<((r + 1) * part.cols)]) }
            }
            return Matrix(uncheckedRows: first.rows, cols: parts.reduce(0) { $0 + $1.cols }, elements: elements)
        }
    }

    private static func check(_ range: Range<Int>, within size: Int, _ what: String) throws(MathError) {
        guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= size else {
            throw .domain(operation: "slicing", detail: "\(what) \(range.lowerBound + 1)…\(range.upperBound) do not lie within 1…\(size)")
        }
    }
}
