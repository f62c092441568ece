import Testing
@testable import RNNMath

/// Arrays with leading axes (numpy rank 3 and more), against values worked out by hand below.
@Suite struct MatrixLeadingAxesTests {
    /// x = np.arange(12).reshape(2, 3, 2): x[0] = [[0, 1], [2, 3], [4, 5]], x[1] = [[6, 7], [8, 9], [10, 11]].
    static let x = try! Matrix(shape: [2, 3, 2], elements: (0..<12).map { .exact(Rational($0)) })

    static func exact(_ shape: [Int], _ values: [Int]) throws -> Matrix {
        try Matrix(shape: shape, elements: values.map { .exact(Rational($0)) })
    }

    @Test func shapeAndReading() throws {
        #expect(Self.x.shape == [2, 3, 2] && Self.x.leadingAxes == [2] && Self.x.rows == 3 && Self.x.cols == 2)
        #expect(Self.x.shapeText == "(2, 3, 2)" && Self.x.shapeDescription == "2×3×2")
        #expect(Self.x.stackElement(1) == (try Matrix(exact: [[6, 7], [8, 9], [10, 11]])))
        // Ranks 0 and 1 read as rnngrade always has: a number is 1×1, a 1-D array a 1×n row.
        #expect(try Matrix(shape: [], elements: [.one]) == .scalar(.one))
        #expect(try Matrix(shape: [3], elements: [.one, .one, .one]).shape == [1, 3])
        #expect(throws: MathError.self) { try Matrix(shape: [2, 2, 2], elements: [.one]) }
    }

    @Test func broadcastingOnEveryAxis() throws {
        // x + [100, 200] adds 100 to column 0 and 200 to column 1 of both matrices.
        let row = try Matrix(exact: [[100, 200]])
        #expect(try Self.x.adding(row) == Self.exact([2, 3, 2], [100, 201, 102, 203, 104, 205, 106, 207, 108, 209, 110, 211]))
        // x ⊙ c for c of shape (2, 1, 1) = [[[1]], [[-1]]]: the second matrix changes sign.
        let c = try Self.exact([2, 1, 1], [1, -1])
        #expect(try Self.x.hadamard(c) == Self.exact([2, 3, 2], [0, 1, 2, 3, 4, 5, -6, -7, -8, -9, -10, -11]))
        // (3, 1) against (2, 1, 2): the result is (2, 3, 2); entry [n, i, j] = col[i] − y[n, 0, j].
        let column = try Matrix(exact: [[1], [2], [3]])
        let y = try Self.exact([2, 1, 2], [0, 10, 20, 30])
        #expect(try column.subtracting(y) == Self.exact([2, 3, 2], [1, -9, 2, -8, 3, -7, -19, -29, -18, -28, -17, -27]))
        #expect(throws: MathError.shapeMismatch(operation: "addition", lhs: "(2, 3, 2)", rhs: "(3, 3)")) {
            try Self.x.adding(Matrix.identity(3))
        }
    }

    @Test func batchedProduct() throws {
        // x @ [[1], [1]] sums each row: [[1], [5], [9]] and [[13], [17], [21]].
        let ones = try Matrix(exact: [[1], [1]])
        #expect(try Self.x.matmul(ones) == Self.exact([2, 3, 1], [1, 5, 9, 13, 17, 21]))
        // [[1, 0, -1]] @ x: row 0 minus row 2 of each matrix: [[-4, -4]] and [[-4, -4]].
        let difference = try Matrix(exact: [[1, 0, -1]])
        #expect(try difference.matmul(Self.x) == Self.exact([2, 1, 2], [-4, -4, -4, -4]))
        // Leading axes broadcast: (2, 1, 1, 2) @ (3, 2, 1) is (2, 3, 1, 1); [a, b] @ [[p], [q]] = ap + bq.
        let a = try Self.exact([2, 1, 1, 2], [1, 2, 3, 4])
        let b = try Self.exact([3, 2, 1], [1, 0, 0, 1, 1, 1])
        #expect(try a.matmul(b) == Self.exact([2, 3, 1, 1], [1, 2, 3, 3, 4, 7]))
        #expect(throws: MathError.self) { try Self.x.matmul(Self.x) }
        // A (2, 1, 1) array is no scalar: (2, 1, 1) @ (1, 2) is batched, [[[3, 6]], [[-1, -2]]].
        let c = try Self.exact([2, 1, 1], [3, -1])
        #expect(try c.matmul(Matrix(exact: [[1, 2]])) == Self.exact([2, 1, 2], [3, 6, -1, -2]))
        // The transpose of a stack transposes each matrix.
        #expect(Self.x.transposed == (try Self.exact([2, 2, 3], [0, 2, 4, 1, 3, 5, 6, 8, 10, 7, 9, 11])))
    }

    @Test func printing() throws {
        let small = try Self.exact([2, 1, 2], [1, 2, 3, 4])
        #expect(ValueFormatting.matrix(small) == "[[[1, 2]], [[3, 4]]]")
        #expect(small.description == "[[[1, 2]], [[3, 4]]]")
    }
}
