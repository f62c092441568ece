/// The matrix product and the transpose.
extension Matrix {
    /// The matrix product `self · other`; a 1×1 operand scales the other (MATLAB `*`); with
    /// leading axes, batched over them as `numpy.matmul` (``stackedMatmul(_:)``).
    ///
    ///     [[1, 2], [3, 4]] · [[5], [6]] = [[17], [39]]
    ///
    /// - Throws: `MathError.shapeMismatch` when `self.cols ≠ other.rows` and neither is 1×1.
    package func matmul(_ other: Matrix) throws(MathError) -> Matrix {
        if isScalar { return try other.scaled(by: element(at: 0)) }
        if other.isScalar { return try scaled(by: other.element(at: 0)) }
        if hasLeadingAxes || other.hasLeadingAxes { return try stackedMatmul(other) }
        guard cols == other.rows else {
            throw .shapeMismatch(operation: "matrix product", lhs: shapeDescription, rhs: other.shapeDescription)
        }
        if let dense = denseMatmul(other) { return dense }
        if let exact = exactMatmul(other) { return exact }
        let elements = elements, otherElements = other.elements
        var result: [Scalar] = []
        result.reserveCapacity(rows * other.cols)
        for r in 0..<rows {
            for c in 0..<other.cols {
                var sum = Scalar.zero
                for k in 0..<cols {
                    sum = try sum.adding(try elements[r * cols + k].multiplying(by: otherElements[k * other.cols + c]))
                }
                result.append(sum)
            }
        }
        return Matrix(uncheckedRows: rows, cols: other.cols, elements: result)
    }

    /// The transpose `selfᵀ`: element (r, c) moves to (c, r); with leading axes, every matrix of
    /// the stack is transposed (numpy's `swapaxes(-1, -2)`).
    package var transposed: Matrix {
        var offsets: [Int] = []
        offsets.reserveCapacity(count)
        for k in 0..<stackCount {
            for c in 0..<cols {
                for r in 0..<rows { offsets.append(k * rows * cols + r * cols + c) }
            }
        }
        return gathering(offsets, shape: leadingAxes + [cols, rows])
    }
}
