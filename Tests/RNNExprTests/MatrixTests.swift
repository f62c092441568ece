import Testing
import RNNExpr

/// Matrix literals: numpy rows of rows, MATLAB `;` rows, comma lists as columns.
@Suite struct MatrixTests {
    // MARK: Accepted forms

    @Test(arguments: [
        ("[[0.58, 0.24], [0.24, 0.72]]", "(matrix [0.58 0.24] [0.24 0.72])"),
        ("[1 2; 3 4]", "(matrix [1 2] [3 4])"),
        ("[1, 2; 3, 4]", "(matrix [1 2] [3 4])"),
        ("[1 2 3]", "(matrix [1 2 3])"),
        ("[1; 2; 3]", "(matrix [1] [2] [3])"),
        ("[1, 2, 3]", "(matrix [1] [2] [3])"),
        ("[[1, 2, 3]]", "(matrix [1 2 3])"),
        ("[[1 2], [3 4]]", "(matrix [1 2] [3 4])"),
        ("[5]", "(matrix [5])"),
        ("[1 -2]", "(matrix [1 (neg 2)])"),
        ("[1 - 2]", "(matrix [(- 1 2)])"),
        ("[1 -2; -3 4]", "(matrix [1 (neg 2)] [(neg 3) 4])"),
        ("[a' b']", "(matrix [(' a) (' b)])"),
        ("[x [1]]", "(matrix [x (matrix [1])])"),
        ("[x[1] x[2]]", "(matrix [(index x 1) (index x 2)])"),
        ("[f(1) 2]", "(matrix [(f 1) 2])"),
        ("[−1 2×3]", "(matrix [(neg 1) (* 2 3)])"),
        ("[[1, -2], [-3, 4]]'", "(' (matrix [1 (neg 2)] [(neg 3) 4]))"),
    ])
    func accepted(source: String, expected: String) {
        #expect(parsedShape(source) == expected)
    }

    // MARK: Printing

    @Test(arguments: [
        ("[1 2; 3 4]", "[[1, 2], [3, 4]]"),
        ("[1, 2, 3]", "[1, 2, 3]"),
        ("[1; 2]", "[1, 2]"),
        ("[1 2 3]", "[[1, 2, 3]]"),
        ("[5]", "[[5]]"),
        ("[1 -2]", "[[1, -2]]"),
    ])
    func printed(source: String, expected: String) throws {
        #expect(try ExpressionParser.parseExpression(source).description == expected)
    }

    // MARK: Rejected forms

    @Test(arguments: [
        ("[1 2; 3]", "rows of a matrix must have the same length"),
        ("[[1, 2], [3]]", "rows of a matrix must have the same length"),
        ("[[1, 2], [3, 4, 5]]", "rows of a matrix must have the same length"),
        ("[]", "empty matrix"),
        ("[[1; 2]]", "';' inside a row of [[…], […]]"),
        ("[1 2W]", "missing operator between '2' and 'W'"),
        ("[1, 2", "unexpected end of expression"),
        ("[[1, 2] [3, 4]]", "unexpected '['"),
    ])
    func rejected(source: String, message: String) {
        #expect(parsedShape(source) == "error: \(message)")
    }
}
