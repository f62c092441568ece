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
/// A matrix whose elements are all approximate is stored as plain `Double`s (``approximations``),
/// and the arithmetic on such matrices runs on those (`Matrix+Dense.swift`): the values are the
/// ones the element-by-element `Scalar` arithmetic gives, computed without it.
///
///     let m = try Matrix([[.exact(1), .exact(2)], [.exact(3), .exact(4)]])
///     m[1, 0]              // .exact(3)
///     m.shapeDescription   // "2×2"
package struct Matrix: Hashable, Sendable {
    /// How the elements are held: as scalars, or as doubles when every element is approximate.
    enum Storage: Hashable, Sendable {
        /// Any mix of exact and approximate elements (always at least one exact, unless empty).
        case scalars([Scalar])
        /// Every element approximate, with these values (never empty).
        case doubles([Double])
    }

    /// Number of rows (≥ 0).
    package let rows: Int
    /// Number of columns (≥ 0).
    package let cols: Int
    /// The sizes of the axes before the last two; empty for a matrix (rank ≤ 2).
    package let leadingAxes: [Int]
    /// The elements, in the form chosen by ``init(uncheckedLeading:rows:cols:elements:)``.
    let storage: Storage

    /// The elements in row-major order; `elements.count` is the product of ``shape``. For an
    /// approximate matrix this builds the array: loops read ``element(at:)`` or bind it once.
    package var elements: [Scalar] {
        switch storage {
        case let .scalars(scalars): scalars
        case let .doubles(doubles): doubles.map(Scalar.approx)
        }
    }

    /// The number of elements (the product of ``shape``).
    package var count: Int {
        switch storage {
        case let .scalars(scalars): scalars.count
        case let .doubles(doubles): doubles.count
        }
    }

    /// The element at row-major `offset`.
    package func element(at offset: Int) -> Scalar {
        switch storage {
        case let .scalars(scalars): scalars[offset]
        case let .doubles(doubles): .approx(doubles[offset])
        }
    }

    /// Stores already validated parts.
    init(uncheckedRows rows: Int, cols: Int, elements: [Scalar]) {
        self.init(uncheckedLeading: [], rows: rows, cols: cols, elements: elements)
    }

    /// Stores already validated parts of an array with leading axes, as doubles when every
    /// element is approximate.
    init(uncheckedLeading leadingAxes: [Int], rows: Int, cols: Int, elements: [Scalar]) {
        self.leadingAxes = leadingAxes
        self.rows = rows
        self.cols = cols
        self.storage = Matrix.storage(of: elements)
    }

    /// Stores already validated parts whose elements are all approximate, with these values.
    init(uncheckedLeading leadingAxes: [Int], rows: Int, cols: Int, approximations: [Double]) {
        self.leadingAxes = leadingAxes
        self.rows = rows
        self.cols = cols
        self.storage = approximations.isEmpty ? .scalars([]) : .doubles(approximations)
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
        return element(at: r * cols + c)
    }

    /// Whether the matrix is 1×1 (an array with leading axes never is, even of shape (2, 1, 1)).
    package var isScalar: Bool { rows == 1 && cols == 1 && leadingAxes.isEmpty }
    /// Whether the matrix is a row or column vector (1×n or n×1, including 1×1; never an array
    /// with leading axes).
    package var isVector: Bool { (rows == 1 || cols == 1) && leadingAxes.isEmpty }
    /// Whether `rows == cols` (never for an array with leading axes).
    package var isSquare: Bool { rows == cols && leadingAxes.isEmpty }
    /// Whether every element is exact.
    package var isExact: Bool {
        switch storage {
        case let .scalars(scalars): scalars.allSatisfy(\.isExact)
        case .doubles: false
        }
    }
    /// The shape as text, `"2×3"` (rows × columns); with leading axes all sizes, `"2×3×4"`.
    package var shapeDescription: String {
        (leadingAxes + [rows, cols]).map(String.init).joined(separator: "×")
    }

    /// The same shape with `transform` applied to every element.
    package func map(_ transform: (Scalar) throws(MathError) -> Scalar) throws(MathError) -> Matrix {
        var result: [Scalar] = []
        result.reserveCapacity(count)
        for offset in 0..<count { result.append(try transform(element(at: offset))) }
        return Matrix(uncheckedLeading: leadingAxes, rows: rows, cols: cols, elements: result)
    }
}
