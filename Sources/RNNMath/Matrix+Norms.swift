/// Matrix and vector norms. For a vector (1×n or n×1) these are the vector norms, as in MATLAB.
extension Matrix {
    /// The 1-norm: the largest column sum of `|aᵢⱼ|`; for a vector `Σ|vᵢ|`. Exact for exact input.
    ///
    ///     ‖[[1, −2], [3, 4]]‖₁ = 6
    package func norm1() throws(MathError) -> Scalar {
        if isVector { return try magnitudeSum(elements) }
        return try largest((0..<cols).map { c throws(MathError) in try magnitudeSum((0..<rows).map { self[$0, c] }) })
    }

    /// The ∞-norm: the largest row sum of `|aᵢⱼ|`; for a vector `max|vᵢ|`. Exact for exact input.
    ///
    ///     ‖[[1, −2], [3, 4]]‖∞ = 7
    package func normInf() throws(MathError) -> Scalar {
        if isVector { return largest(elements.map(\.magnitude)) }
        return largest(try (0..<rows).map { r throws(MathError) in try magnitudeSum((0..<cols).map { self[r, $0] }) })
    }

    /// The Frobenius norm `√(Σ aᵢⱼ²)`: exact when the sum of squares is a rational square.
    ///
    ///     ‖[[3, 4]]‖_F = 5
    package func normFrobenius() throws(MathError) -> Scalar {
        var sum = Scalar.zero
        for a in elements { sum = try sum.adding(try a.multiplying(by: a)) }
        return try sum.squareRoot()
    }

    /// The spectral norm `‖A‖₂ = σ_max(A)`; for a vector, its Euclidean length.
    ///
    /// Exact when the largest eigenvalue of `AᵀA` is rational and a rational square
    /// (e.g. `‖[[3, 0], [0, −2]]‖₂ = 3`), otherwise approximate.
    package func norm2() throws(MathError) -> Scalar {
        if isVector || elements.isEmpty { return try normFrobenius() }
        if isExact, let eigen = try transposed.matmul(self).exactEigenvalues(), let top = eigen.max() {
            return try Scalar.exact(top).squareRoot()
        }
        return .approx(try singularValues().first ?? 0)
    }

    /// `Σ|sᵢ|`.
    private func magnitudeSum(_ scalars: [Scalar]) throws(MathError) -> Scalar {
        var sum = Scalar.zero
        for s in scalars { sum = try sum.adding(s.magnitude) }
        return sum
    }

    /// The largest value (exact 0 for none).
    private func largest(_ scalars: [Scalar]) -> Scalar {
        scalars.reduce(Scalar.zero) { $0.isLess(than: $1) ? $1 : $0 }
    }
}
