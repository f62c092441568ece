import BigInt

/// The matrix product of two exact matrices over integers. Each matrix is written as integers
/// over one common denominator (the least common multiple of its elements' denominators), so a
/// dot product is a sum of integer products, taken in machine integers while they fit, and each
/// result element is reduced once instead of after every addition. Decimal and `np.linspace`
/// data share a denominator, which is what makes this pay; the values are the exact products,
/// the same rationals as element-by-element arithmetic gives.
extension Matrix {
    /// The largest common denominator, in bits, worth the integer form; beyond it (many
    /// unrelated denominators) the product is left to element-by-element arithmetic.
    static let commonDenominatorBits = 192

    /// `self · other` for two exact rank ≤ 2 matrices with `cols == other.rows`, or nil when
    /// either has an approximate element or a common denominator beyond
    /// ``commonDenominatorBits``.
    func exactMatmul(_ other: Matrix) -> Matrix? {
        guard let (a, aDenominator) = integerForm(), let (b, bDenominator) = other.integerForm() else { return nil }
        let denominator = aDenominator * bDenominator
        let inner = cols, width = other.cols
        let smallA = a.map(\.wordValue), smallB = b.map(\.wordValue)
        var result: [Scalar] = []
        result.reserveCapacity(rows * width)
        for r in 0..<rows {
            for c in 0..<width {
                var small = 0
                var fits = true
                for k in 0..<inner {
                    guard let x = smallA[r * inner + k], let y = smallB[k * width + c] else { fits = false; break }
                    let (product, productOverflow) = x.multipliedReportingOverflow(by: y)
                    let (sum, sumOverflow) = small.addingReportingOverflow(product)
                    guard !productOverflow, !sumOverflow else { fits = false; break }
                    small = sum
                }
                var total = BigInt(word: small)
                if !fits {
                    total = 0
                    for k in 0..<inner { total += a[r * inner + k] * b[k * width + c] }
                }
                result.append(.exact(Rational(numerator: total, denominator: denominator)))
            }
        }
        return Matrix(uncheckedRows: rows, cols: width, elements: result)
    }

    /// The elements as integers over one positive common denominator, or nil when an element is
    /// approximate or the denominator exceeds ``commonDenominatorBits``.
    private func integerForm() -> (numerators: [BigInt], denominator: BigInt)? {
        guard case let .scalars(scalars) = storage else { return nil }
        var denominator = BigInt(1)
        for scalar in scalars {
            guard case let .exact(r) = scalar else { return nil }
            if r.denominator == 1 || r.denominator == denominator { continue }
            let divisor = BigInt(denominator.magnitude.greatestCommonDivisor(with: r.denominator.magnitude))
            denominator = denominator / divisor * r.denominator
            guard denominator.bitWidth <= Self.commonDenominatorBits else { return nil }
        }
        let numerators = scalars.map { scalar -> BigInt in
            guard case let .exact(r) = scalar else { return 0 }
            return r.denominator == denominator ? r.numerator : r.numerator * (denominator / r.denominator)
        }
        return (numerators, denominator)
    }
}
