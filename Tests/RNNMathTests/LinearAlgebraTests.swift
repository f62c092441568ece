import Testing
@testable import RNNMath

/// Determinant, inverse, powers and characteristic polynomials against sympy (golden values).
struct LinearAlgebraTests {
    static let squareNames = ["seedW", "seedWFlipped", "rotation", "triangularish", "general3", "complexPair3"]

    @Test func seedWToThePower30IsExact() throws {
        let w = try GoldenSupport.matrix("seedW")
        let power = try w.power(30)
        #expect(power.isExact)
        #expect(power.elements.map(\.description) == Golden.seedWPower30)
        let flipped = try GoldenSupport.matrix("seedWFlipped").power(30)
        #expect(flipped.elements.map(\.description) == Golden.seedWFlippedPower30)
    }

    @Test(arguments: squareNames)
    func determinantMatchesSympy(name: String) throws {
        let m = try GoldenSupport.matrix(name)
        #expect(try m.determinant().description == Golden.determinants[name])
    }

    @Test(arguments: squareNames)
    func inverseMatchesSympy(name: String) throws {
        let m = try GoldenSupport.matrix(name)
        #expect(try m.inverse().elements.map(\.description) == Golden.inverses[name])
        #expect(try m.matmul(m.inverse()) == Matrix.identity(m.rows))
    }

    @Test(arguments: squareNames)
    func characteristicPolynomialMatchesSympy(name: String) throws {
        let m = try GoldenSupport.matrix(name)
        #expect(try m.characteristicPolynomial().map(\.description) == Golden.characteristicPolynomials[name])
    }

    @Test func approximateInverseAndDeterminant() throws {
        let m = try Matrix(approx: [[4, 7], [2, 6]])
        let det = try m.determinant()
        #expect(!det.isExact && GoldenSupport.close(det.doubleValue, 10))
        let inverse = try m.inverse()
        // Hand computation: (1/10)·[[6, −7], [−2, 4]].
        for (got, want) in zip(inverse.elements, [0.6, -0.7, -0.2, 0.4]) {
            #expect(GoldenSupport.close(got.doubleValue, want))
        }
    }

    @Test func powersByHand() throws {
        let shear = try Matrix(exact: [[1, 1], [0, 1]])
        #expect(try shear.power(3) == (try Matrix(exact: [[1, 3], [0, 1]])))
        #expect(try shear.power(0) == Matrix.identity(2))
        #expect(try shear.power(-2) == (try Matrix(exact: [[1, -2], [0, 1]])))
    }

    // MARK: Errors

    @Test func singularInverseThrows() throws {
        #expect(throws: MathError.singular) { try Matrix(exact: [[1, 2], [2, 4]]).inverse() }
        #expect(throws: MathError.singular) { try Matrix(approx: [[1, 2], [2, 4]]).inverse() }
        #expect(throws: MathError.singular) { try Matrix(exact: [[0, 0], [0, 0]]).power(-1) }
        #expect(try Matrix(exact: [[1, 2], [2, 4]]).determinant() == .zero)
    }

    @Test func nonSquareOperationsThrow() throws {
        let wide = try GoldenSupport.matrix("wide")
        let error = #expect(throws: MathError.self) { try wide.power(2) }
        #expect(error == .notSquare(operation: "matrix power", shape: "2×3"))
        #expect(error?.description == "matrix power needs a square matrix, but the matrix is 2×3")
        #expect(throws: MathError.self) { try wide.inverse() }
        #expect(throws: MathError.self) { try wide.determinant() }
        #expect(throws: MathError.self) { try wide.eigenvalues() }
        #expect(throws: MathError.self) { try wide.characteristicPolynomial() }
    }

    @Test func hugeExactPowerIsRefused() throws {
        #expect(throws: MathError.self) { try Matrix(exact: [[2]]).power(1_000_000) }
        #expect(try Matrix(approx: [[1]]).power(1_000_000) == .scalar(.approx(1)))
    }

    @Test func approximateOverflowIsReported() throws {
        let big = try Matrix(approx: [[1e200]])
        #expect(throws: MathError.overflow(operation: "multiplication")) { try big.power(2) }
    }
}
