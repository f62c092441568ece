import RNNExpr
import RNNMath

/// A numpy subscript of a value that is not a time step: `a[1]`, `a[-1]`, `A[i, j]`, `a[:, :H]`,
/// `a[::2]`, `W_embed[captions]`, `scores[rows, targets]`, on matrices of rank ≤ 2, and on arrays
/// of higher rank with numpy's rules (`x[:, t, :]`, `x[0]`, `x[:, -1]`; see
/// `ArraySubscript+Leading.swift`).
///
/// Each index is a whole number (negative ones count from the end), a slice `start:stop:step`
/// with Python's rules, or an integer array (a vector of whole numbers). Reading of shapes:
/// - a matrix with one row is numpy's 1-D array, so one index picks its elements: `b[2]`,
///   `b[:H]`; write two indices (`b[0, :]`) to index it as a 1×n matrix;
/// - one index on any other matrix picks rows: `a[1]` is row 1 (a 1×n row, numpy's 1-D
///   result), `a[1:3]` rows 1 and 2, `W_embed[captions]` the stacked rows;
/// - two indices pick rows and columns: a whole number drops its axis, so `A[i, j]` is 1×1 and
///   both `a[i, :]` and `a[:, j]` are 1×n rows (numpy's 1-D results); two integer arrays pair
///   up element by element (`scores[rows, targets]`), as in numpy.
///
/// The result is one `gather` node, whose gradient goes back to the places read.
struct ArraySubscript {
    let builder: ExpressionBuilder
    let range: SourceRange

    /// What one index selects along an axis.
    enum Selection {
        /// One position; the axis is dropped from the result.
        case single(Int)
        /// Positions from a slice.
        case slice([Int])
        /// Positions from an integer array.
        case array([Int])

        var positions: [Int] {
            switch self {
            case .single(let i): [i]
            case .slice(let list), .array(let list): list
            }
        }
    }

    /// The node of `base[indices]`.
    func build(_ base: NodeID, _ indices: [Expr]) throws(SolverError) -> NodeID {
        let value = builder.graph.value(base)
        let (offsets, shape): ([Int], [Int])
        if value.hasLeadingAxes {
            (offsets, shape) = try stackedLayout(of: value, indices)
        } else {
            let (matrixOffsets, rows, cols) = try layout(of: value, indices)
            (offsets, shape) = (matrixOffsets, [rows, cols])
        }
        guard !offsets.isEmpty else { throw SolverError("this subscript selects no elements", range: range) }
        return try builder.wrap(range) { () throws(GraphError) in
            try builder.graph.gather(base, offsets: offsets, shape: shape)
        }
    }

    /// The row-major offsets read and the result's shape.
    private func layout(of value: Matrix, _ indices: [Expr]) throws(SolverError) -> ([Int], Int, Int) {
        let width = value.cols
        switch indices.count {
        case 1 where value.rows == 1:
            let columns = try selection(indices[0], length: value.cols, axis: "the array")
            return (columns.positions, 1, columns.positions.count)
        case 1:
            let rows = try selection(indices[0], length: value.rows, axis: "the rows")
            let offsets = rows.positions.flatMap { r in (0..<width).map { r * width + $0 } }
            if case .single = rows { return (offsets, 1, width) }
            return (offsets, rows.positions.count, width)
        case 2:
            let rows = try selection(indices[0], length: value.rows, axis: "the rows")
            let columns = try selection(indices[1], length: value.cols, axis: "the columns")
            switch (rows, columns) {
            case let (.array(r), .array(c)):
                guard r.count == c.count || r.count == 1 || c.count == 1 else {
                    throw SolverError("the two index arrays have \(r.count) and \(c.count) elements; numpy pairs them up, so they need the same length", range: range)
                }
                let count = max(r.count, c.count)
                let offsets = (0..<count).map { k in r[r.count == 1 ? 0 : k] * width + c[c.count == 1 ? 0 : k] }
                return (offsets, 1, count)
            case (.single, _), (_, .single):
                // numpy drops the axis of a whole-number index; what is left is 1-D, a row here.
                let offsets = rows.positions.flatMap { r in columns.positions.map { r * width + $0 } }
                return (offsets, 1, offsets.count)
            default:
                let offsets = rows.positions.flatMap { r in columns.positions.map { r * width + $0 } }
                return (offsets, rows.positions.count, columns.positions.count)
            }
        default:
            throw SolverError("\(indices.count) indices for an array of shape \(value.shapeText), which has 2 axes", range: range)
        }
    }

    /// What `index` selects along an axis of `length` elements.
    func selection(_ index: Expr, length: Int, axis: String) throws(SolverError) -> Selection {
        if case let .slice(start, stop, step) = index.kind {
            return .slice(try slicePositions(start, stop, step, length: length))
        }
        let value = builder.graph.value(try builder.build(index))
        guard let numbers = wholeNumbers(value) else {
            throw SolverError("an index must be a whole number, a slice such as 1:3, or a vector of whole numbers, not \(value.isScalar ? "\(value.elements[0])" : "a \(value.shapeDescription) matrix of other numbers")", range: index.range)
        }
        guard value.isScalar || value.isVector || value.count == 0 else {
            throw SolverError("an index array must be a vector; a \(value.shapeDescription) index array would make an array of three axes, which rnngrade does not have", range: index.range)
        }
        var positions: [Int] = []
        for number in numbers {
            guard number >= -length && number < length else {
                throw SolverError("index \(number) is out of range for \(axis) (\(length) of them: 0 to \(length - 1), or -\(length) to -1)", range: index.range)
            }
            positions.append(number < 0 ? number + length : number)
        }
        return value.isScalar ? .single(positions[0]) : .array(positions)
    }

    /// The elements of `value` as whole numbers, or nil when one is not.
    private func wholeNumbers(_ value: Matrix) -> [Int]? {
        var numbers: [Int] = []
        for element in value.elements {
            guard case .exact(let rational) = element, rational.isInteger, let number = Int(exactly: rational.numerator) else {
                return nil
            }
            numbers.append(number)
        }
        return numbers
    }

    /// The positions of `start:stop:step` on an axis of `length` elements, by Python's rules
    /// (``pythonSlicePositions(start:stop:step:size:)``).
    private func slicePositions(_ start: Expr?, _ stop: Expr?, _ step: Expr?, length: Int) throws(SolverError) -> [Int] {
        let stride = try step.map { (e: Expr) throws(SolverError) in try builder.integer(e, what: "a slice step") } ?? 1
        guard stride != 0 else { throw SolverError("a slice step cannot be zero", range: step?.range ?? range) }
        let first = try start.map { (e: Expr) throws(SolverError) in try builder.integer(e, what: "a slice start") }
        let end = try stop.map { (e: Expr) throws(SolverError) in try builder.integer(e, what: "a slice end") }
        return pythonSlicePositions(start: first, stop: end, step: stride, size: length)
    }
}
