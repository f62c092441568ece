/// Determinant and inverse, exact for exact matrices.
extension Matrix {
    /// The determinant `det(self)`, exact when every element is exact.
    ///
    ///     det [[1, 2], [3, 4]] = −2
    ///
    /// The determinant of the 0×0 matrix is 1.
    /// - Throws: `MathError.notSquare` for a non-square matrix, `MathError.overBudget` when exact
    ///   elimination would exceed `budget` (see `requireExactElimination`), `MathError.overflow`
    ///   when an approximate result is not finite.
    package func determinant(budget: WorkBudget = .standard) throws(MathError) -> Scalar {
        guard isSquare else { throw .notSquare(operation: "determinant", shape: shapeDescription) }
        try requireExactElimination("det", within: budget)
        if let exact = exactDense { return .exact(exact.determinant()) }
        return try Scalar.approximate(approximateDense.determinant(), operation: "determinant")
    }

    /// The inverse `self⁻¹`, exact when every element is exact.
    ///
    ///     [[2, 0], [0, 4]]⁻¹ = [[1/2, 0], [0, 1/4]]
    ///
    /// - Throws: `MathError.notSquare`, `MathError.singular` (for approximate matrices also
    ///   when a pivot is below rounding level `n·ε·max|aᵢⱼ|`), `MathError.overBudget` when exact
    ///   elimination would exceed `budget`, `MathError.overflow`.
    package func inverse(budget: WorkBudget = .standard) throws(MathError) -> Matrix {
        guard isSquare else { throw .notSquare(operation: "inverse", shape: shapeDescription) }
        try requireExactElimination("inv", within: budget)
        if let exact = exactDense {
            guard let inv = exact.inverse() else { throw .singular }
            return Matrix(inv)
        }
        guard let inv = approximateDense.inverse() else { throw .singular }
        return try Matrix(inv, operation: "inverse")
    }
}
