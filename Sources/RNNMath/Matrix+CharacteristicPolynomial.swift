/// The characteristic polynomial by the Faddeev–LeVerrier recurrence.
extension DenseMatrix {
    /// Coefficients of `det(λI − A)`, highest degree first: `[1, c₁, …, cₙ]`.
    ///
    /// Faddeev–LeVerrier: `M₀ = 0`, `c₀ = 1`; for k = 1…n, `Mₖ = A·Mₖ₋₁ + cₖ₋₁·I`,
    /// `cₖ = −tr(A·Mₖ)/k`. Only field operations, so exact over the rationals.
    func characteristicPolynomial() -> [Element] {
        let n = rows
        var coefficients = [Element.one]
        guard n > 0 else { return coefficients }
        var m = DenseMatrix(rows: n, cols: n, values: Array(repeating: .zero, count: n * n))
        for k in 1...n {
            m = multiplied(by: m)
            for i in 0..<n { m[i, i] = m[i, i] + coefficients[k - 1] }
            let am = multiplied(by: m)
            coefficients.append(Element.zero - am.trace / Element(k))
        }
        return coefficients
    }
}

extension Matrix {
    /// Coefficients of the characteristic polynomial `det(λI − A)`, highest degree first:
    /// `[1, c₁, …, cₙ]` (numpy's `poly` order). Exact for exact matrices.
    ///
    ///     [[2, 1], [1, 2]]  →  [1, −4, 3]   (λ² − 4λ + 3)
    ///
    /// - Throws: `MathError.notSquare`, `MathError.overflow` for non-finite approximate results.
    package func characteristicPolynomial() throws(MathError) -> [Scalar] {
        guard isSquare else { throw .notSquare(operation: "characteristic polynomial", shape: shapeDescription) }
        if let exact = exactDense { return exact.characteristicPolynomial().map(Scalar.exact) }
        var result: [Scalar] = []
        for c in approximateDense.characteristicPolynomial() {
            result.append(try Scalar.approximate(c, operation: "characteristic polynomial"))
        }
        return result
    }
}
