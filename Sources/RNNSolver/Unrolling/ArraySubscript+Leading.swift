import RNNExpr
import RNNMath

extension ArraySubscript {
    /// The row-major offsets read by a subscript of an array of rank 3 or more, and the numpy
    /// shape of the result, by numpy's rules:
    /// - up to one index per axis; missing trailing indices take the whole axis (`x[0]` of an
    ///   (N, T, D) array is T×D);
    /// - a whole number drops its axis (`x[:, t, :]` is N×D, `x[:, -1]` is N×D), a slice keeps it;
    /// - integer arrays (with any whole numbers beside them) are numpy's advanced indices: they
    ///   pair up element by element into one axis, placed where they stand when they are next to
    ///   each other and first otherwise (so `x[0, :, [1, 2]]` has shape (2, T), as in numpy).
    func stackedLayout(of value: Matrix, _ indices: [Expr]) throws(SolverError) -> ([Int], [Int]) {
        let shape = value.shape
        guard indices.count <= shape.count else {
            throw SolverError("\(indices.count) indices for an array of shape \(value.shapeText), which has \(shape.count) axes", range: range)
        }
        var selections: [Selection] = []
        for (axis, index) in indices.enumerated() {
            selections.append(try selection(index, length: shape[axis], axis: "axis \(axis) of the array"))
        }
        for axis in indices.count..<shape.count { selections.append(.slice(Array(0..<shape[axis]))) }
        let advancedAxes = selections.indices.filter { axis in
            if case .array = selections[axis] { return true }
            return false
        }
        let advanced: [Int] = advancedAxes.isEmpty ? [] : selections.indices.filter { axis in
            if case .slice = selections[axis] { return false }
            return true
        }
        let pairedLength = try pairedLength(advanced.map { selections[$0].positions })
        // One result axis per slice, plus one for the advanced group (if any).
        let groupAtFront = !advanced.isEmpty && advanced.last! - advanced.first! + 1 != advanced.count
        var axes: [ResultAxis] = []
        if groupAtFront { axes.append(.advanced(pairedLength)) }
        for (axis, selectionOnAxis) in selections.enumerated() {
            if case .slice(let positions) = selectionOnAxis {
                axes.append(.basic(axis: axis, positions: positions))
            } else if !groupAtFront, axis == advanced.first {
                axes.append(.advanced(pairedLength))
            }
        }
        var strides = Array(repeating: 1, count: shape.count)
        for axis in shape.indices.dropLast().reversed() { strides[axis] = strides[axis + 1] * shape[axis + 1] }
        let resultShape = axes.map(\.size)
        var offsets: [Int] = []
        var counter = Array(repeating: 0, count: axes.count)
        for _ in 0..<resultShape.reduce(1, *) {
            var offset = 0
            for (k, resultAxis) in axes.enumerated() {
                switch resultAxis {
                case .basic(let axis, let positions): offset += positions[counter[k]] * strides[axis]
                case .advanced:
                    for axis in advanced {
                        let positions = selections[axis].positions
                        offset += positions[positions.count == 1 ? 0 : counter[k]] * strides[axis]
                    }
                }
            }
            if advanced.isEmpty {
                for axis in selections.indices {
                    if case .single(let position) = selections[axis] { offset += position * strides[axis] }
                }
            }
            offsets.append(offset)
            Matrix.advanceRowMajor(&counter, within: resultShape)
        }
        return (offsets, resultShape)
    }

    /// One axis of a subscript's result: positions along one axis of the array, or the paired
    /// advanced indices.
    private enum ResultAxis {
        case basic(axis: Int, positions: [Int])
        case advanced(Int)

        var size: Int {
            switch self {
            case .basic(_, let positions): positions.count
            case .advanced(let length): length
            }
        }
    }

    /// The common length of integer index arrays paired element by element (a length of 1
    /// pairs with any), as numpy broadcasts them.
    private func pairedLength(_ lists: [[Int]]) throws(SolverError) -> Int {
        let lengths = Set(lists.map(\.count)).subtracting([1])
        guard lengths.count <= 1 else {
            throw SolverError("the index arrays have \(lengths.sorted().map(String.init).joined(separator: " and ")) elements; numpy pairs them up, so they need the same length", range: range)
        }
        return lengths.first ?? 1
    }
}
