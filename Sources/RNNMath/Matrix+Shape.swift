/// The full numpy shape of a value: matrices (rank ≤ 2) and arrays with leading axes.
extension Matrix {
    /// The most axes an array read from rubric data or an answer may have (numpy allows 64;
    /// recurrent-network data needs four at most). It also bounds the nesting an answer reader
    /// follows.
    package static let maximumRank = 8

    /// An array of numpy `shape`, elements row-major (C order). Rank 0 is 1×1, rank 1 of n
    /// elements a 1×n row (numpy's 1-D array broadcasts as a row), rank 2 a matrix, and rank 3 or
    /// more a stack of matrices over ``leadingAxes``.
    ///
    ///     try Matrix(shape: [2, 3, 4], elements: xs).shapeText   // "(2, 3, 4)"
    ///
    /// - Throws: `MathError.domain` when a size is negative or the elements do not fill the shape.
    package init(shape: [Int], elements: [Scalar]) throws(MathError) {
        var count = 1
        for size in shape {
            let (product, overflow) = count.multipliedReportingOverflow(by: size)
            guard size >= 0, !overflow else {
                throw .domain(operation: "array construction", detail: "the shape \(Matrix.shapeText(shape)) is not a valid size")
            }
            count = product
        }
        guard count == elements.count else {
            throw .domain(operation: "array construction",
                          detail: "\(elements.count) elements do not fill an array of shape \(Matrix.shapeText(shape))")
        }
        switch shape.count {
        case 0: self.init(uncheckedRows: 1, cols: 1, elements: elements)
        case 1: self.init(uncheckedRows: 1, cols: shape[0], elements: elements)
        default:
            self.init(uncheckedLeading: Array(shape.dropLast(2)), rows: shape[shape.count - 2],
                      cols: shape[shape.count - 1], elements: elements)
        }
    }

    /// The exact zeros of numpy `shape` (at least two axes, as ``shape`` gives them).
    ///
    /// - Precondition: `shape` has two or more non-negative sizes.
    package static func zeros(shape: [Int]) -> Matrix {
        precondition(shape.count >= 2 && shape.allSatisfy { $0 >= 0 }, "zeros of an invalid shape")
        return Matrix(uncheckedLeading: Array(shape.dropLast(2)), rows: shape[shape.count - 2], cols: shape[shape.count - 1],
                      elements: Array(repeating: .zero, count: shape.reduce(1, *)))
    }

    /// Moves the multi-index `index` to the next element of an array of `shape` in row-major
    /// order (the last axis fastest), wrapping to all zeros after the last element.
    package static func advanceRowMajor(_ index: inout [Int], within shape: [Int]) {
        var axis = shape.count - 1
        while axis >= 0 {
            index[axis] += 1
            if index[axis] < shape[axis] { return }
            index[axis] = 0
            axis -= 1
        }
    }

    /// The sizes of all axes: ``leadingAxes`` followed by rows and columns.
    package var shape: [Int] { leadingAxes + [rows, cols] }

    /// The number of axes as stored: 2 for a matrix, more for an array with leading axes.
    package var rank: Int { leadingAxes.count + 2 }

    /// Whether the value has axes before its last two (numpy rank 3 or more).
    package var hasLeadingAxes: Bool { !leadingAxes.isEmpty }

    /// The number of matrices stacked along the leading axes (1 for a matrix).
    package var stackCount: Int { leadingAxes.reduce(1, *) }

    /// The shape as numpy prints it, `(2, 3, 4)`; a matrix prints as `(2, 3)`.
    package var shapeText: String { Matrix.shapeText(shape) }

    /// `sizes` as numpy prints a shape: `(2, 3, 4)`, `(4,)`, `()`.
    package static func shapeText(_ sizes: [Int]) -> String {
        sizes.count == 1 ? "(\(sizes[0]),)" : "(" + sizes.map(String.init).joined(separator: ", ") + ")"
    }

    /// The `index`-th matrix of the stack (row-major over the leading axes); the matrix itself
    /// when there are no leading axes.
    ///
    /// - Precondition: `0 ≤ index < stackCount`.
    package func stackElement(_ index: Int) -> Matrix {
        precondition(index >= 0 && index < stackCount, "stack index out of range")
        let size = rows * cols
        return gathering(Array(index * size..<(index + 1) * size), shape: [rows, cols])
    }

    /// The error for an operation that takes matrices only, given an operand with leading axes:
    /// "`operation` takes arrays of rank ≤ 2; `name` has shape (2, 3, 4)".
    package func rankError(operation: String, name: String) -> MathError {
        .domain(operation: operation, detail: "it takes arrays of rank ≤ 2 for now; \(name) has shape \(shapeText)")
    }
}
