import RNNMath

extension Matrix {
    /// The gradient `gradient` of a broadcast result, reduced to the shape of this operand:
    /// a 1×1 operand that was broadcast receives the sum of all gradient elements (it influenced
    /// every element); an operand of the result's own shape receives the gradient unchanged.
    func unbroadcast(_ gradient: Matrix) throws(MathError) -> Matrix {
        if isScalar && !gradient.isScalar { return .scalar(try gradient.sumOfElements()) }
        return gradient
    }

    /// A matrix of this shape with every element equal to `value`.
    func filled(with value: Scalar) throws(MathError) -> Matrix {
        try map { (_: Scalar) throws(MathError) in value }
    }
}
