/// A dense matrix of `Scalar`s with MATLAB semantics: a scalar is 1×1, a vector is n×1.
///
/// Elements are stored row-major: the element in row `r`, column `c` (0-based) is
/// `elements[r * cols + c]`.
///
/// A numpy array of rank 3 or more is a stack of matrices: ``leadingAxes`` holds the sizes of
/// the axes before the last two (`[N]` for an (N, T, D) array), `rows`×`cols` are the last two,
/// and the elements stay row-major (C order) over the whole ``shape``. Operations that do not
/// know about leading axes refuse such a value (see `Graph.record`) rather than misread it.
///
///     let m = try Matrix([[.exact(1), .exact(2)], [.exact(3), .exact(4)]])
///     m[1, 0]              // .exact(3)
///     m.shapeDescription   // "2×2"
package struct Matrix: Hashable, Sendable {
    /// Number of rows (≥ 0).
    package let rows: Int
    /// Number of columns (≥ 0).
    package let cols: Int
    /// The sizes of the axes before the last two; empty for a matrix (rank ≤ 2).
    package let leadingAxes: [Int]
    /// The elements in row-major order; `elements.count` is the product of ``shape``.
    package let elements: [Scalar]

    /// Stores already validated parts.
    init(uncheckedRows rows: Int, cols: Int, elements: [Scalar]) {
        self.init(uncheckedLeading: [], rows: rows, cols: cols, elements: elements)
    }

    /// Stores already validated parts of an array with leading axes.
    init(uncheckedLeading leadingAxes: [Int], rows: Int, cols: Int, elements: [Scalar]) {
        self.leadingAxes = leadingAxes
        self.rows = rows
        self.cols = cols
        self.elements = elements
    }

    /// A `rows`×`cols` matrix from row-major `elements`.
    ///
    /// - Throws: `MathError.domain` when a dimension is negative or
    ///   `elements.count ≠ rows · cols`.
    package init(rows: Int, cols: Int, elements: [Scalar]) throws(MathError) {
        guard rows >= 0, cols >= 0, rows.multipliedReportingOverflow(by: cols) == (elements.count, false) else {
            throw .domain(operation: "matrix construction",
                          detail: "\(elements.count) elements do not fill a \(rows)×\(cols) matrix")
        }
        self.init(uncheckedRows: rows, cols: cols, elements: elements)
    }

    /// A matrix from its rows; all rows must have the same length.
    ///
    ///     try Matrix([[.exact(1), .exact(2)]])   // 1×2
    ///
    /// - Throws: `MathError.domain` for ragged rows.
    package init(_ rowList: [[Scalar]]) throws(MathError) {
        let cols = rowList.first?.count ?? 0
        for (index, row) in rowList.enumerated() where row.count != cols {
            throw .domain(operation: "matrix construction",
                          detail: "row \(index + 1) has \(row.count) elements but row 1 has \(cols)")
        }
        self.init(uncheckedRows: rowList.count, cols: cols, elements: rowList.flatMap { $0 })
    }

    /// An exact matrix from rational rows.
    ///
    ///     try Matrix(exact: [[1, 2], [3, 4]])
    ///
    /// - Throws: `MathError.domain` for ragged rows.
    package init(exact rowList: [[Rational]]) throws(MathError) {
        try self.init(rowList.map { $0.map(Scalar.exact) })
    }

    /// An approximate matrix from `Double` rows.
    ///
    /// - Throws: `MathError.domain` for ragged rows, `MathError.overflow` for non-finite values.
    package init(approx rowList: [[Double]]) throws(MathError) {
        var scalars: [[Scalar]] = []
        for row in rowList {
            var converted: [Scalar] = []
            for value in row {
                converted.append(try Scalar.approximate(value, operation: "matrix construction"))
            }
            scalars.append(converted)
        }
        try self.init(scalars)
    }

    /// The 1×1 matrix holding `value`.
    package static func scalar(_ value: Scalar) -> Matrix {
        Matrix(uncheckedRows: 1, cols: 1, elements: [value])
    }

    /// The n×1 column vector holding `values`.
    package static func column(_ values: [Scalar]) -> Matrix {
        Matrix(uncheckedRows: values.count, cols: 1, elements: values)
    }

    /// The n×n identity matrix (exact).
    ///
    /// - Precondition: `n ≥ 0`.
    package static func identity(_ n: Int) -> Matrix {
        precondition(n >= 0, "identity of negative size")
        var elements = [Scalar](repeating: .zero, count: n * n)
        for i in 0..<n { elements[i * n + i] = .one }
        return Matrix(uncheckedRows: n, cols: n, elements: elements)
    }

    /// The `rows`×`cols` matrix of exact zeros.
    ///
    /// - Precondition: `rows ≥ 0`, `cols ≥ 0`.
    package static func zeros(_ rows: Int, _ cols: Int) -> Matrix {
        precondition(rows >= 0 && cols >= 0, "zeros of negative size")
        return Matrix(uncheckedRows: rows, cols: cols, elements: Array(repeating: .zero, count: rows * cols))
    }

    /// The `rows`×`cols` matrix of exact ones (a sum along an axis is a product with one).
    ///
    /// - Precondition: `rows ≥ 0`, `cols ≥ 0`.
    package static func ones(_ rows: Int, _ cols: Int) -> Matrix {
        precondition(rows >= 0 && cols >= 0, "ones of negative size")
        return Matrix(uncheckedRows: rows, cols: cols, elements: Array(repeating: .one, count: rows * cols))
    }

    /// The element in row `r`, column `c` (both 0-based).
    ///
    /// - Precondition: `0 ≤ r < rows`, `0 ≤ c < cols`.
    package subscript(r: Int, c: Int) -> Scalar {
        precondition(r >= 0 && r < rows && c >= 0 && c < cols, "matrix index out of range")
        return elements[r * cols + c]
    }

    /// Whether the matrix is 1×1 (an array with leading axes never is, even of shape (2, 1, 1)).
    package var isScalar: Bool { rows == 1 && cols == 1 && leadingAxes.isEmpty }
    /// Whether the matrix is a row or column vector (1×n or n×1, including 1×1; never an array
    /// with leading axes).
    package var isVector: Bool { (rows == 1 || cols == 1) && leadingAxes.isEmpty }
    /// Whether `rows == cols` (never for an array with leading axes).
    package var isSquare: Bool { rows == cols && leadingAxes.isEmpty }
    /// Whether every element is exact.
    package var isExact: Bool { elements.allSatisfy(\.isExact) }
    /// The shape as text, `"2×3"` (rows × columns); with leading axes all sizes, `"2×3×4"`.
    package var shapeDescription: String {
        (leadingAxes + [rows, cols]).map(String.init).joined(separator: "×")
    }

    /// The same shape with `transform` applied to every element.
    package func map(_ transform: (Scalar) throws(MathError) -> Scalar) throws(MathError) -> Matrix {
        var result: [Scalar] = []
        result.reserveCapacity(elements.count)
        for element in elements { result.append(try transform(element)) }
        return Matrix(uncheckedLeading: leadingAxes, rows: rows, cols: cols, elements: result)
    }
}
