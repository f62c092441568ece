/// Eigenvalues of real symmetric matrices by the cyclic Jacobi method.
extension DenseMatrix<Double> {
    /// The eigenvalues of this symmetric matrix, in no particular order.
    ///
    /// Cyclic Jacobi: each rotation `JᵀAJ` zeroes one off-diagonal pair; sweeps repeat until
    /// the off-diagonal mass is negligible (at most 100 sweeps). Backward stable, so every
    /// eigenvalue is accurate to about `ε·‖A‖`.
    /// - Precondition: the matrix is square and symmetric.
    func symmetricEigenvalues() -> [Double] {
        var a = self
        let n = rows
        for _ in 0..<100 {
            var off = 0.0
            var total = 0.0
            for i in 0..<n {
                for j in 0..<n {
                    total += a[i, j] * a[i, j]
                    if i != j { off += a[i, j] * a[i, j] }
                }
            }
            if off <= 1e-32 * total { break }
            for p in 0..<n {
                for q in (p + 1)..<n where a[p, q] != 0 {
                    a.rotate(p, q)
                }
            }
        }
        return (0..<n).map { a[$0, $0] }
    }

    /// Applies the Jacobi rotation that zeroes `a[p, q]` (and `a[q, p]`).
    private mutating func rotate(_ p: Int, _ q: Int) {
        let theta = (self[q, q] - self[p, p]) / (2 * self[p, q])
        guard theta.isFinite else { return }
        let t = (theta >= 0 ? 1.0 : -1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
        let c = 1 / (t * t + 1).squareRoot()
        let s = t * c
        for k in 0..<rows {
            let (kp, kq) = (self[k, p], self[k, q])
            self[k, p] = c * kp - s * kq
            self[k, q] = s * kp + c * kq
        }
        for k in 0..<cols {
            let (pk, qk) = (self[p, k], self[q, k])
            self[p, k] = c * pk - s * qk
            self[q, k] = s * pk + c * qk
        }
    }
}
