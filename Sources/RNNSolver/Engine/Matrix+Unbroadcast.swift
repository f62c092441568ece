import RNNMath

extension Matrix {
    /// The gradient `gradient` of a broadcast result, reduced to the shape of this operand: every
    /// axis along which this operand was repeated (size 1 here, larger in the result) is summed,
    /// since the one element influenced every element along it. A 1×1 operand receives the sum
    /// of all gradient elements, a 1×n row broadcast over m rows the column sums; an operand of
    /// the result's own shape receives the gradient unchanged.
    func unbroadcast(_ gradient: Matrix) throws(MathError) -> Matrix {
        if shape == gradient.shape { return gradient }
        if hasLeadingAxes || gradient.hasLeadingAxes { return try stackedUnbroadcast(gradient) }
        var offsets: [Int] = []
        offsets.reserveCapacity(gradient.count)
        for i in 0..<gradient.rows {
            for j in 0..<gradient.cols { offsets.append((i % rows) * cols + j % cols) }
        }
        return try Matrix.scatterAdding(gradient, at: offsets, shape: shape)
    }

    /// A matrix of this shape with every element equal to `value`.
    func filled(with value: Scalar) throws(MathError) -> Matrix {
        try map { (_: Scalar) throws(MathError) in value }
    }
}
