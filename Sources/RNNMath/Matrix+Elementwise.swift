/// Elementwise operations with MATLAB's 1×1 broadcasting: a 1×1 operand combines with every
/// element of the other operand; otherwise the shapes must be equal.
extension Matrix {
    /// Applies `combine` element by element, broadcasting a 1×1 operand.
    ///
    /// - Throws: `MathError.shapeMismatch` naming `operation` and both shapes.
    public func elementwise(
        _ other: Matrix, operation: String,
        _ combine: (Scalar, Scalar) throws(MathError) -> Scalar
    ) throws(MathError) -> Matrix {
        if rows == other.rows && cols == other.cols {
            var result: [Scalar] = []
            result.reserveCapacity(elements.count)
            for (a, b) in zip(elements, other.elements) { result.append(try combine(a, b)) }
            return Matrix(uncheckedRows: rows, cols: cols, elements: result)
        }
        if other.isScalar {
            let b = other.elements[0]
            return try map { (a: Scalar) throws(MathError) in try combine(a, b) }
        }
        if isScalar {
            let a = elements[0]
            return try other.map { (b: Scalar) throws(MathError) in try combine(a, b) }
        }
        throw .shapeMismatch(operation: operation, lhs: shapeDescription, rhs: other.shapeDescription)
    }

    /// `self + other` elementwise.
    ///
    ///     [1 2] + [10 20] = [11 22];   [1 2] + 1 = [2 3]
    public func adding(_ other: Matrix) throws(MathError) -> Matrix {
        try elementwise(other, operation: "addition") { (a, b) throws(MathError) in try a.adding(b) }
    }

    /// `self − other` elementwise.
    public func subtracting(_ other: Matrix) throws(MathError) -> Matrix {
        try elementwise(other, operation: "subtraction") { (a, b) throws(MathError) in try a.subtracting(b) }
    }

    /// The Hadamard (elementwise) product `self ⊙ other`.
    ///
    ///     [1 2] ⊙ [3 4] = [3 8]
    public func hadamard(_ other: Matrix) throws(MathError) -> Matrix {
        try elementwise(other, operation: "elementwise product") { (a, b) throws(MathError) in try a.multiplying(by: b) }
    }

    /// Elementwise division `self ./ other`.
    ///
    /// - Throws: `MathError.divisionByZero` when any divisor element is zero.
    public func dividingElementwise(by other: Matrix) throws(MathError) -> Matrix {
        try elementwise(other, operation: "elementwise division") { (a, b) throws(MathError) in try a.dividing(by: b) }
    }

    /// `−self`.
    public var negated: Matrix {
        Matrix(uncheckedRows: rows, cols: cols, elements: elements.map(\.negated))
    }

    /// Every element multiplied by `factor`.
    public func scaled(by factor: Scalar) throws(MathError) -> Matrix {
        try map { (a: Scalar) throws(MathError) in try a.multiplying(by: factor) }
    }

    /// The sum of all elements (exact 0 for an empty matrix).
    public func sumOfElements() throws(MathError) -> Scalar {
        var total = Scalar.zero
        for element in elements { total = try total.adding(element) }
        return total
    }
}
