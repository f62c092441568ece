/// Integer powers of square matrices.
extension Matrix {
    /// The largest `|n|` accepted by `power(_:)` for exact matrices: entries of `Aⁿ` grow
    /// linearly in size with `n`, so larger exact powers are refused rather than attempted.
    public static let maximumExactPower = 10_000

    /// `selfⁿ` by repeated squaring; `A⁰ = I`, `A⁻ⁿ = (A⁻¹)ⁿ`. Exact for exact matrices.
    ///
    ///     [[1, 1], [0, 1]]³ = [[1, 3], [0, 1]]
    ///
    /// - Throws: `MathError.notSquare` for a non-square matrix, `MathError.singular` for a
    ///   negative power of a singular matrix, `MathError.domain` for an exact power beyond
    ///   `maximumExactPower`, `MathError.overflow` for non-finite approximate results.
    public func power(_ n: Int) throws(MathError) -> Matrix {
        guard isSquare else { throw .notSquare(operation: "matrix power", shape: shapeDescription) }
        guard n != Int.min, !isExact || abs(n) <= Matrix.maximumExactPower else {
            throw .domain(operation: "matrix power",
                          detail: "the exponent \(n) is too large for exact arithmetic (limit \(Matrix.maximumExactPower))")
        }
        var base = n < 0 ? try inverse() : self
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
