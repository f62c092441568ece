import Numerics

/// Eigenvalues and the spectral radius.
extension Matrix {
    /// All eigenvalues, with multiplicity, in the deterministic order of modulus, then real
    /// part, then imaginary part (a conjugate pair `a ∓ bi` is adjacent).
    ///
    ///     [[0.58, 0.24], [0.24, 0.72]]  →  [0.4, 0.9]
    ///     [[0, −1], [1, 0]]             →  [−i, i]
    ///
    /// Exact matrices: the rational eigenvalues are found exactly (see `exactEigenvalues()`)
    /// and only the remaining factor of the characteristic polynomial is solved numerically.
    /// Approximate symmetric matrices use the Jacobi method; other approximate matrices the
    /// roots of the characteristic polynomial (adequate for the small matrices of homework).
    /// - Throws: `MathError.notSquare`, `MathError.overflow`.
    package func eigenvalues() throws(MathError) -> [Complex<Double>] {
        guard isSquare else { throw .notSquare(operation: "eigenvalues", shape: shapeDescription) }
        var values: [Complex<Double>]
        if let exact = exactDense {
            let (roots, remainder) = Polynomial.rationalRoots(exact.characteristicPolynomial())
            values = roots.map { Complex($0.doubleValue) } + Polynomial.roots(remainder.map(\.doubleValue))
        } else if self == transposed {
            values = approximateDense.symmetricEigenvalues().map { Complex($0) }
        } else {
            values = Polynomial.roots(try characteristicPolynomial().map(\.doubleValue))
        }
        guard values.allSatisfy(\.isFinite) else { throw .overflow(operation: "eigenvalues") }
        return values.map(EigenvalueOrder.normalized).sorted(by: EigenvalueOrder.precedes)
    }

    /// All eigenvalues exactly, when every one is rational; otherwise `nil`.
    ///
    /// Order: by |λ|, then λ. Example: `[[0.58, 0.24], [0.24, 0.72]]` → `[2/5, 9/10]`;
    /// a rotation by 90° (eigenvalues ±i) → `nil`; any approximate matrix → `nil`.
    /// - Throws: `MathError.notSquare`.
    package func exactEigenvalues() throws(MathError) -> [Rational]? {
        guard isSquare else { throw .notSquare(operation: "eigenvalues", shape: shapeDescription) }
        guard let exact = exactDense else { return nil }
        let (roots, remainder) = Polynomial.rationalRoots(exact.characteristicPolynomial())
        guard remainder.count == 1 else { return nil }
        return roots.sorted(by: EigenvalueOrder.precedes)
    }

    /// The spectral radius `ρ(A) = max |λᵢ|`: exact when every eigenvalue is rational.
    ///
    ///     ρ([[0.58, 0.24], [0.24, 0.72]]) = 9/10
    ///
    /// The spectral radius of the 0×0 matrix is 0.
    /// - Throws: `MathError.notSquare`, `MathError.overflow`.
    package func spectralRadius() throws(MathError) -> Scalar {
        if let exact = try exactEigenvalues() {
            return .exact(exact.map(\.magnitude).max() ?? .zero)
        }
        return .approx(try eigenvalues().map(\.length).max() ?? 0)
    }
}
