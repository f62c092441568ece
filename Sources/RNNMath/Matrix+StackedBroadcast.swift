/// numpy's broadcasting on any rank, for values with leading axes: the shapes are lined up from
/// the right, a missing axis counts as size 1, and along each axis the sizes are equal or one is
/// 1 (that one is repeated). Matrices without leading axes keep the two-axis code in
/// `Matrix+Elementwise.swift`; both follow the same rule.
extension Matrix {
    /// The broadcast shape of two numpy shapes, or nil when some axis has two sizes, neither 1.
    ///
    ///     ([2, 3, 4], [3, 1]) → [2, 3, 4];   ([2, 3, 4], [2, 4]) → nil
    package static func broadcastShape(_ a: [Int], _ b: [Int]) -> [Int]? {
        let rank = max(a.count, b.count)
        let paddedA = Array(repeating: 1, count: rank - a.count) + a
        let paddedB = Array(repeating: 1, count: rank - b.count) + b
        var result: [Int] = []
        for (x, y) in zip(paddedA, paddedB) {
            guard x == y || x == 1 || y == 1 else { return nil }
            result.append(x == 1 ? y : x)
        }
        return result
    }

    /// For each element of an array of shape `target`, the row-major offset of the element of
    /// this value that broadcasting places there (this value's shape must broadcast to `target`).
    func broadcastOffsets(to target: [Int]) -> [Int] {
        Matrix.broadcastOffsets(from: shape, to: target)
    }

    /// For each element of an array of shape `target`, the row-major offset in an array of shape
    /// `source` of the element that broadcasting places there (`source` broadcasts to `target`).
    static func broadcastOffsets(from source: [Int], to target: [Int]) -> [Int] {
        let own = Array(repeating: 1, count: target.count - source.count) + source
        var strides = Array(repeating: 0, count: own.count)
        var stride = 1
        for axis in own.indices.reversed() {
            strides[axis] = own[axis] == 1 ? 0 : stride
            stride *= own[axis]
        }
        let count = target.reduce(1, *)
        var offsets: [Int] = []
        offsets.reserveCapacity(count)
        var index = Array(repeating: 0, count: target.count)
        for _ in 0..<count {
            offsets.append(zip(index, strides).reduce(0) { $0 + $1.0 * $1.1 })
            advanceRowMajor(&index, within: target)
        }
        return offsets
    }

    /// `combine` element by element with broadcasting on any rank.
    ///
    /// - Throws: `MathError.shapeMismatch` naming `operation` and both numpy shapes.
    func stackedElementwise(
        _ other: Matrix, operation: String,
        _ combine: (Scalar, Scalar) throws(MathError) -> Scalar
    ) throws(MathError) -> Matrix {
        guard let target = Matrix.broadcastShape(shape, other.shape) else {
            throw .shapeMismatch(operation: operation, lhs: shapeText, rhs: other.shapeText)
        }
        let left = broadcastOffsets(to: target), right = other.broadcastOffsets(to: target)
        let elements = elements, otherElements = other.elements
        var result: [Scalar] = []
        result.reserveCapacity(left.count)
        for (i, j) in zip(left, right) { result.append(try combine(elements[i], otherElements[j])) }
        return try Matrix(shape: target, elements: result)
    }

    /// The gradient of a broadcast result (any rank) summed back to this value's shape: every
    /// element of `gradient` is added to the element of this value that was broadcast there.
    package func stackedUnbroadcast(_ gradient: Matrix) throws(MathError) -> Matrix {
        try Matrix.scatterAdding(gradient, at: broadcastOffsets(to: gradient.shape), shape: shape)
    }

    /// The matrix product batched over leading axes, as `numpy.matmul`: the leading axes of the
    /// two operands broadcast, and each pair of matrices is multiplied.
    ///
    ///     (2, 3, 4) @ (4, 5) → (2, 3, 5)
    func stackedMatmul(_ other: Matrix) throws(MathError) -> Matrix {
        guard cols == other.rows, let leading = Matrix.broadcastShape(leadingAxes, other.leadingAxes) else {
            throw .shapeMismatch(operation: "matrix product", lhs: shapeText, rhs: other.shapeText)
        }
        let count = leading.reduce(1, *)
        let left = Matrix.broadcastOffsets(from: leadingAxes, to: leading)
        let right = Matrix.broadcastOffsets(from: other.leadingAxes, to: leading)
        var result: [Scalar] = []
        result.reserveCapacity(count * rows * other.cols)
        for k in 0..<count {
            result += try stackElement(left[k]).matmul(other.stackElement(right[k])).elements
        }
        return try Matrix(shape: leading + [rows, other.cols], elements: result)
    }
}
