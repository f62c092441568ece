/// Singular values by the one-sided Jacobi (Hestenes) method.
extension Matrix {
    /// The singular values `σ₁ ≥ σ₂ ≥ … ≥ σₖ ≥ 0`, `k = min(rows, cols)`, as doubles.
    ///
    /// One-sided Jacobi: plane rotations `A ← A·J` make the columns mutually orthogonal
    /// (`AᵀA` becomes diagonal without being formed); the singular values are then the column
    /// lengths. Working on `A` itself keeps small singular values accurate (forming `AᵀA` would
    /// square the condition number).
    ///
    ///     [[3, 0], [0, −2]]  →  [3, 2]
    ///
    /// - Throws: `MathError.overflow` when the result is not finite.
    package func singularValues() throws(MathError) -> [Double] {
        let a = approximateDense
        let values = (rows >= cols ? a : a.transposed()).orthogonalizedColumnLengths()
        guard values.allSatisfy(\.isFinite) else { throw .overflow(operation: "singular values") }
        return values.sorted(by: >)
    }
}

extension DenseMatrix<Double> {
    /// The lengths of the columns after one-sided Jacobi rotations have made them orthogonal
    /// (at most 60 sweeps; a pair counts as orthogonal when `|uₚ·u_q| ≤ ε‖uₚ‖‖u_q‖`).
    func orthogonalizedColumnLengths() -> [Double] {
        var u = self
        for _ in 0..<60 {
            var rotated = false
            for p in 0..<cols {
                for q in (p + 1)..<cols where u.rotateColumns(p, q) { rotated = true }
            }
            if !rotated { break }
        }
        return (0..<cols).map { c in (0..<rows).reduce(0.0) { $0 + u[$1, c] * u[$1, c] }.squareRoot() }
    }

    /// Rotates columns `p` and `q` to be orthogonal; returns whether a rotation was needed.
    private mutating func rotateColumns(_ p: Int, _ q: Int) -> Bool {
        var (alpha, beta, gamma) = (0.0, 0.0, 0.0)
        for i in 0..<rows {
            alpha += self[i, p] * self[i, p]
            beta += self[i, q] * self[i, q]
            gamma += self[i, p] * self[i, q]
        }
        guard gamma != 0, abs(gamma) > Double.ulpOfOne * (alpha * beta).squareRoot() else { return false }
        let zeta = (beta - alpha) / (2 * gamma)
        let t = (zeta >= 0 ? 1.0 : -1.0) / (abs(zeta) + (1 + zeta * zeta).squareRoot())
        guard t != 0, t.isFinite else { return false }
        let c = 1 / (1 + t * t).squareRoot()
        let s = c * t
        for i in 0..<rows {
            let (up, uq) = (self[i, p], self[i, q])
            self[i, p] = c * up - s * uq
            self[i, q] = s * up + c * uq
        }
        return true
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
