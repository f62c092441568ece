/// The dense form of approximate matrices: a matrix whose elements are all approximate keeps
/// them as one `[Double]`, and the arithmetic on it runs on plain doubles.
///
/// The values are the ones the element-by-element `Scalar` arithmetic gives: an exact operand
/// enters as its nearest double (as `Scalar` arithmetic converts it), sums and products are
/// taken in the same order, and a result −0 is stored as 0 (as `Scalar.approximate` does). A
/// result that is not finite, or a division by zero, is handed back to the `Scalar` code, which
/// throws the error it always has.
extension Matrix {
    /// The storage for `elements`: doubles when there is at least one and all are approximate.
    static func storage(of elements: [Scalar]) -> Storage {
        guard !elements.isEmpty else { return .scalars(elements) }
        var doubles: [Double] = []
        doubles.reserveCapacity(elements.count)
        for element in elements {
            guard case let .approx(value) = element else { return .scalars(elements) }
            doubles.append(value)
        }
        return .doubles(doubles)
    }

    /// The elements as doubles when every element is approximate (the dense form), else nil.
    package var approximations: [Double]? {
        if case let .doubles(doubles) = storage { doubles } else { nil }
    }

    /// Every element as a double (exact ones rounded to the nearest).
    package var doubleValues: [Double] {
        switch storage {
        case let .scalars(scalars): scalars.map(\.doubleValue)
        case let .doubles(doubles): doubles
        }
    }

    /// An approximate matrix of numpy `shape` with `values`, after the checks the `Scalar`
    /// arithmetic makes: nil when a value is not finite; −0 becomes 0.
    ///
    /// - Precondition: `values` fills numpy `shape`.
    static func dense(shape: [Int], _ values: [Double]) -> Matrix? {
        var values = values
        for i in values.indices {
            guard values[i].isFinite else { return nil }
            if values[i] == 0 { values[i] = 0 }
        }
        let (leading, rows, cols) = axes(of: shape)
        return Matrix(uncheckedLeading: leading, rows: rows, cols: cols, approximations: values)
    }

    /// Both operands as doubles when at least one is approximate throughout (so every result
    /// element of an elementwise operation or a product has an approximate operand), else nil.
    func denseOperands(with other: Matrix) -> (lhs: [Double], rhs: [Double])? {
        guard approximations != nil || other.approximations != nil else { return nil }
        return (doubleValues, other.doubleValues)
    }

    /// The elements at row-major `offsets`, in that order, as an array of numpy `shape` (read
    /// as `Matrix(shape:elements:)` reads it); the dense form is kept without going through
    /// scalars.
    ///
    /// - Precondition: every offset is in range and `offsets` fills `shape`.
    package func gathering(_ offsets: [Int], shape: [Int]) -> Matrix {
        let (leading, rows, cols) = Matrix.axes(of: shape)
        switch storage {
        case let .doubles(doubles):
            return Matrix(uncheckedLeading: leading, rows: rows, cols: cols, approximations: offsets.map { doubles[$0] })
        case let .scalars(scalars):
            return Matrix(uncheckedLeading: leading, rows: rows, cols: cols, elements: offsets.map { scalars[$0] })
        }
    }

    /// The elements of `values` added into an array of numpy `shape` (two axes or more): the
    /// k-th element to row-major offset `offsets[k]`, in order; an offset no element names stays
    /// an exact 0. The gradient rule of every operation that copies elements (a gather, a
    /// broadcast).
    ///
    /// - Throws: `MathError.overflow` when a sum is not finite.
    package static func scatterAdding(_ values: Matrix, at offsets: [Int], shape: [Int]) throws(MathError) -> Matrix {
        let count = shape.reduce(1, *)
        if let approximations = values.approximations {
            var sums = [Double](repeating: 0, count: count)
            var reached = [Bool](repeating: false, count: count)
            for (k, offset) in offsets.enumerated() {
                sums[offset] += approximations[k]
                reached[offset] = true
            }
            if reached.allSatisfy({ $0 }), let dense = Matrix.dense(shape: shape, sums) { return dense }
            if sums.allSatisfy(\.isFinite) {
                return try Matrix(shape: shape, elements: zip(sums, reached).map { $1 ? .approx($0 == 0 ? 0 : $0) : .zero })
            }
        }
        let elements = values.elements
        var sums = [Scalar](repeating: .zero, count: count)
        for (k, offset) in offsets.enumerated() { sums[offset] = try sums[offset].adding(elements[k]) }
        return try Matrix(shape: shape, elements: sums)
    }

    /// Leading axes, rows and columns of numpy `shape` as a `Matrix` holds them: rank 0 is
    /// 1×1, rank 1 a 1×n row.
    static func axes(of shape: [Int]) -> (leading: [Int], rows: Int, cols: Int) {
        switch shape.count {
        case 0: ([], 1, 1)
        case 1: ([], 1, shape[0])
        default: (Array(shape.dropLast(2)), shape[shape.count - 2], shape[shape.count - 1])
        }
    }

    /// `self · other` on doubles for rank ≤ 2 operands with `cols == other.rows ≥ 1`, one of
    /// them approximate throughout; nil otherwise or when a value is not finite.
    func denseMatmul(_ other: Matrix) -> Matrix? {
        guard cols >= 1, let (a, b) = denseOperands(with: other) else { return nil }
        let rows = rows, inner = cols, width = other.cols
        var product = [Double](repeating: 0, count: rows * width)
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                product.withUnsafeMutableBufferPointer { out in
                    for r in 0..<rows {
                        for k in 0..<inner {
                            let x = a[r * inner + k]
                            for c in 0..<width { out[r * width + c] += x * b[k * width + c] }
                        }
                    }
                }
            }
        }
        return Matrix.dense(shape: [rows, width], product)
    }

    /// `combine` on doubles element by element, broadcast to numpy shape `target`, when one
    /// operand is approximate throughout; nil otherwise or when a value is not finite.
    func denseElementwise(_ other: Matrix, target: [Int], _ combine: (Double, Double) -> Double) -> Matrix? {
        guard let (a, b) = denseOperands(with: other) else { return nil }
        if shape == target && other.shape == target {
            return Matrix.dense(shape: target, zip(a, b).map(combine))
        }
        let left = broadcastOffsets(to: target), right = other.broadcastOffsets(to: target)
        return Matrix.dense(shape: target, zip(left, right).map { combine(a[$0], b[$1]) })
    }
}
