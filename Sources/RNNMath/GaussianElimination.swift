/// Gaussian elimination with pivoting over any field: exact on rationals, partial pivoting
/// on doubles.
extension DenseMatrix {
    /// The determinant, as the signed product of the pivots of row reduction.
    ///
    /// Exact for rationals; for doubles a column without a usable pivot gives 0.
    /// - Precondition: the matrix is square.
    func determinant() -> Element {
        var m = self
        var det = Element.one
        let largest = values.map(\.pivotWeight).max() ?? 0
        let negligible = Element.negligiblePivotWeight(largest: largest, size: rows)
        for col in 0..<cols {
            guard let pivot = m.pivotRow(in: col, from: col), m[pivot, col].pivotWeight > negligible else {
                return .zero
            }
            if pivot != col {
                m.swapRows(pivot, col)
                det = Element.zero - det
            }
            let p = m[col, col]
            det = det * p
            for r in (col + 1)..<rows where !m[r, col].isZero {
                let factor = m[r, col] / p
                for c in col..<cols { m[r, c] = m[r, c] - factor * m[col, c] }
            }
        }
        return det
    }

    /// The inverse by Gauss–Jordan elimination on `[self | I]`.
    ///
    /// - Returns: `nil` when the matrix is singular (exactly, or to rounding for doubles).
    /// - Precondition: the matrix is square.
    func inverse() -> DenseMatrix? {
        var m = self
        var inv = DenseMatrix.identity(rows)
        let largest = values.map(\.pivotWeight).max() ?? 0
        let negligible = Element.negligiblePivotWeight(largest: largest, size: rows)
        for col in 0..<cols {
            guard let pivot = m.pivotRow(in: col, from: col), m[pivot, col].pivotWeight > negligible else {
                return nil
            }
            m.swapRows(pivot, col)
            inv.swapRows(pivot, col)
            let p = m[col, col]
            for c in 0..<cols {
                m[col, c] = m[col, c] / p
                inv[col, c] = inv[col, c] / p
            }
            for r in 0..<rows where r != col && !m[r, col].isZero {
                let factor = m[r, col]
                for c in 0..<cols {
                    m[r, c] = m[r, c] - factor * m[col, c]
                    inv[r, c] = inv[r, c] - factor * inv[col, c]
                }
            }
        }
        return inv
    }

    /// The row at or below `start` with the best pivot in column `col`, or `nil` if all are zero.
    private func pivotRow(in col: Int, from start: Int) -> Int? {
        var best: Int?
        var bestWeight = 0.0
        for r in start..<rows where self[r, col].pivotWeight > bestWeight {
            best = r
            bestWeight = self[r, col].pivotWeight
        }
        return best
    }

    /// Exchanges rows `a` and `b`.
    private mutating func swapRows(_ a: Int, _ b: Int) {
        guard a != b else { return }
        for c in 0..<cols { values.swapAt(a * cols + c, b * cols + c) }
    }
}
