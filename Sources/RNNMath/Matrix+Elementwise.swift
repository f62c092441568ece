/// Elementwise operations with numpy's broadcasting on rank ≤ 2 (also MATLAB's implicit
/// expansion): along each axis the two sizes must be equal, or one of them 1, and a size-1 axis
/// is repeated to the other's size. So a 1×1 operand combines with every element, a 1×n row is
/// added to every row of an m×n matrix, and an m×1 column to every column. Values with leading
/// axes broadcast on every axis (`Matrix+StackedBroadcast.swift`).
extension Matrix {
    /// The shape of `self ∘ other` under broadcasting, or nil when the shapes do not broadcast.
    ///
    ///     (3×4, 1×4) → 3×4;   (3×1, 1×4) → 3×4;   (3×4, 4×1) → nil
    package func broadcastShape(with other: Matrix) -> (rows: Int, cols: Int)? {
        func axis(_ a: Int, _ b: Int) -> Int? { a == b || b == 1 ? a : (a == 1 ? b : nil) }
        guard let rows = axis(rows, other.rows), let cols = axis(cols, other.cols) else { return nil }
        return (rows, cols)
    }

    /// Applies `combine` element by element, broadcasting size-1 axes. `double`, when given, is
    /// the same operation on two doubles: it computes the result when one operand is
    /// approximate throughout (`Matrix+Dense.swift`).
    ///
    /// - Throws: `MathError.shapeMismatch` naming `operation` and both shapes.
    package func elementwise(
        _ other: Matrix, operation: String, double: ((Double, Double) -> Double)? = nil,
        _ combine: (Scalar, Scalar) throws(MathError) -> Scalar
    ) throws(MathError) -> Matrix {
        if let double, let target = Matrix.broadcastShape(shape, other.shape),
           let dense = denseElementwise(other, target: target, double) {
            return dense
        }
        if hasLeadingAxes || other.hasLeadingAxes {
            return try stackedElementwise(other, operation: operation, combine)
        }
        if rows == other.rows && cols == other.cols {
            var result: [Scalar] = []
            result.reserveCapacity(count)
            for (a, b) in zip(elements, other.elements) { result.append(try combine(a, b)) }
            return Matrix(uncheckedRows: rows, cols: cols, elements: result)
        }
        guard let shape = broadcastShape(with: other) else {
            throw .shapeMismatch(operation: operation, lhs: shapeDescription, rhs: other.shapeDescription)
        }
        var result: [Scalar] = []
        result.reserveCapacity(shape.rows * shape.cols)
        for i in 0..<shape.rows {
            for j in 0..<shape.cols {
                result.append(try combine(self[i % rows, j % cols], other[i % other.rows, j % other.cols]))
            }
        }
        return Matrix(uncheckedRows: shape.rows, cols: shape.cols, elements: result)
    }

    /// `self + other` elementwise.
    ///
    ///     [1 2] + [10 20] = [11 22];   [1 2] + 1 = [2 3]
    package func adding(_ other: Matrix) throws(MathError) -> Matrix {
        try elementwise(other, operation: "addition", double: { $0 + $1 }) { (a, b) throws(MathError) in try a.adding(b) }
    }

    /// `self − other` elementwise.
    package func subtracting(_ other: Matrix) throws(MathError) -> Matrix {
        try elementwise(other, operation: "subtraction", double: { $0 - $1 }) { (a, b) throws(MathError) in try a.subtracting(b) }
    }

    /// The Hadamard (elementwise) product `self ⊙ other`.
    ///
    ///     [1 2] ⊙ [3 4] = [3 8]
    package func hadamard(_ other: Matrix) throws(MathError) -> Matrix {
        try elementwise(other, operation: "elementwise product", double: { $0 * $1 }) { (a, b) throws(MathError) in try a.multiplying(by: b) }
    }

    /// Elementwise division `self ./ other`.
    ///
    /// - Throws: `MathError.divisionByZero` when any divisor element is zero.
    package func dividingElementwise(by other: Matrix) throws(MathError) -> Matrix {
        try elementwise(other, operation: "elementwise division", double: { $0 / $1 }) { (a, b) throws(MathError) in try a.dividing(by: b) }
    }

    /// `−self`.
    package var negated: Matrix {
        if let approximations {
            return Matrix(uncheckedLeading: leadingAxes, rows: rows, cols: cols,
                          approximations: approximations.map { $0 == 0 ? 0 : -$0 })
        }
        return Matrix(uncheckedLeading: leadingAxes, rows: rows, cols: cols, elements: elements.map(\.negated))
    }

    /// Every element multiplied by `factor`.
    package func scaled(by factor: Scalar) throws(MathError) -> Matrix {
        if approximations != nil || !factor.isExact, count > 0,
           let dense = Matrix.dense(shape: shape, doubleValues.map { $0 * factor.doubleValue }) {
            return dense
        }
        return try map { (a: Scalar) throws(MathError) in try a.multiplying(by: factor) }
    }

    /// The sum of all elements (exact 0 for an empty matrix).
    package func sumOfElements() throws(MathError) -> Scalar {
        var total = Scalar.zero
        for element in elements { total = try total.adding(element) }
        return total
    }
}
