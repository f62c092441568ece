import Testing
@testable import RNNMath

/// The field algorithms are generic; each body below runs once per number type
/// (exact `Rational`, approximate `Double`), on matrices whose answers were worked by hand.
struct FieldAlgorithmTests {
    /// `[[2, 1, 1], [1, 3, 2], [1, 0, 0]]`: det = 2·0 − 1·(0 − 2) + 1·(0 − 3) = −1,
    /// characteristic polynomial λ³ − 5λ² + 4λ + 1 (trace 5; principal 2×2 minors 5 + (−1) + 0 = 4;
    /// constant −det = 1).
    static func sample<F: FieldElement>(_: F.Type) -> DenseMatrix<F> {
        DenseMatrix(rows: 3, cols: 3, values: [2, 1, 1, 1, 3, 2, 1, 0, 0].map { F($0) })
    }

    static func checkDeterminantInverseAndPolynomial<F: FieldElement>(_ type: F.Type, close: (F, F) -> Bool) throws {
        let a = sample(type)
        #expect(close(a.determinant(), F(-1)))
        let inverse = try #require(a.inverse())
        let product = a.multiplied(by: inverse)
        for (got, want) in zip(product.values, DenseMatrix<F>.identity(3).values) { #expect(close(got, want)) }
        for (got, want) in zip(a.characteristicPolynomial(), [1, -5, 4, 1].map { F($0) }) { #expect(close(got, want)) }
        let singular = DenseMatrix(rows: 2, cols: 2, values: [1, 2, 2, 4].map { F($0) })
        #expect(singular.inverse() == nil)
        #expect(close(singular.determinant(), .zero))
    }

    @Test func rational() throws {
        try Self.checkDeterminantInverseAndPolynomial(Rational.self, close: ==)
    }

    @Test func double() throws {
        try Self.checkDeterminantInverseAndPolynomial(Double.self) { abs($0 - $1) <= 1e-12 * max(1, abs($1)) }
    }
}
