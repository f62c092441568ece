/// A plain row-major matrix over one field, the working form of the linear-algebra algorithms.
struct DenseMatrix<Element: FieldElement> {
    /// Number of rows.
    let rows: Int
    /// Number of columns.
    let cols: Int
    /// Row-major values.
    var values: [Element]

    /// The element at row `r`, column `c`.
    subscript(r: Int, c: Int) -> Element {
        get { values[r * cols + c] }
        set { values[r * cols + c] = newValue }
    }

    /// The n×n identity.
    static func identity(_ n: Int) -> DenseMatrix {
        var m = DenseMatrix(rows: n, cols: n, values: Array(repeating: .zero, count: n * n))
        for i in 0..<n { m[i, i] = .one }
        return m
    }

    /// The product `self · other` (shapes already checked by the caller).
    func multiplied(by other: DenseMatrix) -> DenseMatrix {
        var result = DenseMatrix(rows: rows, cols: other.cols, values: Array(repeating: .zero, count: rows * other.cols))
        for r in 0..<rows {
            for k in 0..<cols where !self[r, k].isZero {
                let a = self[r, k]
                for c in 0..<other.cols { result[r, c] = result[r, c] + a * other[k, c] }
            }
        }
        return result
    }

    /// The sum of the diagonal.
    var trace: Element {
        (0..<min(rows, cols)).reduce(Element.zero) { $0 + self[$1, $1] }
    }
}

extension Matrix {
    /// The exact values, or `nil` when some element is approximate.
    var exactDense: DenseMatrix<Rational>? {
        var values: [Rational] = []
        values.reserveCapacity(elements.count)
        for element in elements {
            guard case let .exact(r) = element else { return nil }
            values.append(r)
        }
        return DenseMatrix(rows: rows, cols: cols, values: values)
    }

    /// The values as doubles.
    var approximateDense: DenseMatrix<Double> {
        DenseMatrix(rows: rows, cols: cols, values: elements.map(\.doubleValue))
    }

    /// An exact matrix holding `dense`.
    init(_ dense: DenseMatrix<Rational>) {
        self.init(uncheckedRows: dense.rows, cols: dense.cols, elements: dense.values.map(Scalar.exact))
    }

    /// An approximate matrix holding `dense`; throws `MathError.overflow` naming `operation`
    /// when a value is not finite.
    init(_ dense: DenseMatrix<Double>, operation: String) throws(MathError) {
        var scalars: [Scalar] = []
        scalars.reserveCapacity(dense.values.count)
        for value in dense.values { scalars.append(try Scalar.approximate(value, operation: operation)) }
        self.init(uncheckedRows: dense.rows, cols: dense.cols, elements: scalars)
    }
}
