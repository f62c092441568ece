import Testing
@testable import RNNMath

/// Construction, shape queries, elementwise arithmetic with broadcasting, product, transpose.
struct MatrixBasicsTests {
    let a: Matrix

    init() throws {
        a = try Matrix(exact: [[1, 2], [3, 4]])
    }

    @Test func shapes() throws {
        #expect(a.shapeDescription == "2×2" && a.isSquare && !a.isVector && a.isExact)
        #expect(Matrix.scalar(.one).isScalar)
        #expect(Matrix.column([.one, .zero]).shapeDescription == "2×1")
        #expect(Matrix.identity(2) == (try Matrix(exact: [[1, 0], [0, 1]])))
        #expect(Matrix.zeros(1, 3).elements == [.zero, .zero, .zero])
        #expect(a[1, 0] == Scalar(3))
        #expect(a.description == "[[1, 2], [3, 4]]")
    }

    @Test func raggedRowsAndBadCountsThrow() {
        #expect(throws: MathError.self) { try Matrix(exact: [[1, 2], [3]]) }
        #expect(throws: MathError.self) { try Matrix(rows: 2, cols: 2, elements: [.one]) }
        #expect(throws: MathError.self) { try Matrix(approx: [[.nan]]) }
    }

    @Test func elementwiseWithBroadcasting() throws {
        #expect(try a.adding(.scalar(.one)) == (try Matrix(exact: [[2, 3], [4, 5]])))
        #expect(try Matrix.scalar(Scalar(10)).subtracting(a) == (try Matrix(exact: [[9, 8], [7, 6]])))
        #expect(try a.hadamard(a) == (try Matrix(exact: [[1, 4], [9, 16]])))
        #expect(try a.sumOfElements() == Scalar(10))
    }

    @Test func shapeMismatchNamesBothShapes() throws {
        let b = try Matrix(exact: [[1, 2, 3], [4, 5, 6]])
        let error = #expect(throws: MathError.self) { try a.adding(b.transposed) }
        #expect(error?.description.contains("2×2") == true)
        #expect(error?.description.contains("3×2") == true)
        #expect(error?.description.contains("addition") == true)
        let product = #expect(throws: MathError.self) { try b.matmul(b) }
        #expect(product == .shapeMismatch(operation: "matrix product", lhs: "2×3", rhs: "2×3"))
    }

    @Test func elementwiseOperationsBroadcastSizeOneAxes() throws {
        // numpy: [[1, 2], [3, 4]] + [[10, 20]] = [[11, 22], [13, 24]]; with [[10], [20]]: [[11, 12], [23, 24]];
        // [[1], [2]] * [[3, 4, 5]] = [[3, 4, 5], [6, 8, 10]] (a column against a row).
        #expect(try a.adding(try Matrix(exact: [[10, 20]])) == (try Matrix(exact: [[11, 22], [13, 24]])))
        #expect(try a.adding(try Matrix(exact: [[10], [20]])) == (try Matrix(exact: [[11, 12], [23, 24]])))
        #expect(try Matrix(exact: [[1], [2]]).hadamard(try Matrix(exact: [[3, 4, 5]])) == (try Matrix(exact: [[3, 4, 5], [6, 8, 10]])))
        #expect(try Matrix(exact: [[2, 4]]).subtracting(a) == (try Matrix(exact: [[1, 2], [-1, 0]])))
        #expect(a.broadcastShape(with: try Matrix(exact: [[1, 2, 3]])) == nil)
    }

    @Test func productAndTranspose() throws {
        let v = try Matrix(exact: [[5], [6]])
        #expect(try a.matmul(v) == (try Matrix(exact: [[17], [39]])))
        #expect(try Matrix.scalar(Scalar(2)).matmul(a) == (try a.adding(a)))
        #expect(try v.transposed.matmul(v) == .scalar(Scalar(61)))
        #expect(a.transposed == (try Matrix(exact: [[1, 3], [2, 4]])))
    }
}
