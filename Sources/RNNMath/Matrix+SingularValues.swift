/// Singular values from the symmetric eigenproblem of the Gram matrix.
extension Matrix {
    /// The singular values `σ₁ ≥ σ₂ ≥ … ≥ σₖ ≥ 0`, `k = min(rows, cols)`, as doubles.
    ///
    /// `σᵢ = √λᵢ(AᵀA)` (or of `AAᵀ` when that is smaller), with the eigenvalues from the
    /// Jacobi method; rounding limits the relative accuracy of the smallest singular values.
    ///
    ///     [[3, 0], [0, −2]]  →  [3, 2]
    ///
    /// - Throws: `MathError.overflow` when the Gram matrix is not finite.
    public func singularValues() throws(MathError) -> [Double] {
        let a = approximateDense
        let gram = rows >= cols ? a.transposed().multiplied(by: a) : a.multiplied(by: a.transposed())
        guard gram.values.allSatisfy(\.isFinite) else { throw .overflow(operation: "singular values") }
        return gram.symmetricEigenvalues().map { max($0, 0).squareRoot() }.sorted(by: >)
    }
}

extension DenseMatrix {
    /// The transpose.
    func transposed() -> DenseMatrix {
        var result = DenseMatrix(rows: cols, cols: rows, values: values)
        for r in 0..<rows {
            for c in 0..<cols { result[c, r] = self[r, c] }
        }
        return result
    }
}
