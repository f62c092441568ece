import RNNMath

/// An array of any rank up to `Matrix.maximumRank` as a numpy test cell builds it: its shape (numpy's `a.shape`) and
/// its elements in row-major (C) order. Elements are exact where numpy's float64 is a rounding of
/// an exact value (integers, literal decimals, `zeros`, `eye`, …) and approximate where numpy's
/// own float64 arithmetic defines the value (`linspace`, random draws).
struct NumpyArray {
    /// The sizes of the axes: `[]` for a number, `[n]` for a 1-D array, `[r, c]` for a matrix.
    var shape: [Int]
    /// The elements, row-major.
    var elements: [Scalar]

    /// The number of axes.
    var rank: Int { shape.count }

    /// A rank-0 array.
    init(scalar: Scalar) {
        shape = []
        elements = [scalar]
    }

    /// An array of `shape` with `elements` in row-major order (their count is the shape's product).
    init(shape: [Int], elements: [Scalar]) {
        self.shape = shape
        self.elements = elements
    }

    /// The same shape with every element `value`.
    init(shape: [Int], filledWith value: Scalar) {
        self.init(shape: shape, elements: Array(repeating: value, count: shape.reduce(1, *)))
    }

    /// The array as rnngrade's matrix: a number is 1×1, a 1-D array of n elements a 1×n row
    /// (numpy's broadcasting lines a 1-D array up with the last axis, as a row), a matrix itself,
    /// and an array of rank 3 or more a matrix with leading axes (`Matrix(shape:elements:)`).
    func matrix() throws(MathError) -> Matrix {
        try Matrix(shape: shape, elements: elements)
    }

    /// The array of `rank` axes holding a matrix's elements (the inverse of ``matrix()``).
    init(_ matrix: Matrix, rank: Int) {
        switch rank {
        case 0: self.init(scalar: matrix.elements[0])
        case 1: self.init(shape: [matrix.elements.count], elements: matrix.elements)
        default: self.init(shape: matrix.shape, elements: matrix.elements)
        }
    }

    /// The shape as numpy prints it: `(3, 4)`, `(4,)`, `()`.
    var shapeDescription: String { Self.describe(shape) }
}
