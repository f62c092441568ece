/// Integer powers of square matrices.
extension Matrix {
    /// `selfⁿ` by repeated squaring; `A⁰ = I`, `A⁻ⁿ = (A⁻¹)ⁿ`. Exact for exact matrices.
    ///
    ///     [[1, 1], [0, 1]]³ = [[1, 3], [0, 1]]
    ///
    /// - Throws: `MathError.notSquare` for a non-square matrix, `MathError.singular` for a
    ///   negative power of a singular matrix, `MathError.overBudget` for an exact power whose
    ///   entries would outgrow `budget` (see `requireExactPower`), `MathError.overflow` for
    ///   non-finite approximate results.
    package func power(_ n: Int, budget: WorkBudget = .standard) throws(MathError) -> Matrix {
        guard isSquare else { throw .notSquare(operation: "matrix power", shape: shapeDescription) }
        guard n != Int.min else {
            throw .domain(operation: "matrix power", detail: "the exponent \(n) is out of range")
        }
        try requireExactPower(n, matrix: true, within: budget)
        var base = n < 0 ? try inverse(budget: budget) : self
        var remaining = abs(n)
        var result = Matrix.identity(rows)
        while remaining > 0 {
            if remaining & 1 == 1 { result = try result.matmul(base) }
            remaining >>= 1
            if remaining > 0 { base = try base.matmul(base) }
        }
        return result
    }
}
