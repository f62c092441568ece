import RNNMath

extension AnswerValue {
    /// A computed value as an answer: a number when it is 1×1, else a matrix.
    package init(_ matrix: Matrix) {
        self = matrix.isScalar ? .number(matrix.elements[0]) : .matrix(matrix)
    }
}
