import RNNMath

/// numpy's basic indexing on any rank: `a[1]`, `a[-1]`, `a[1, 2]`, `a[:, :H]`, `a[::2]`.
extension NumpyArray {
    /// One item of a subscript.
    enum Index {
        /// `i`: selects one position and removes the axis (negative counts from the end).
        case integer(Int)
        /// `start:stop:step`, Python's slice; nil parts take their defaults.
        case slice(start: Int?, stop: Int?, step: Int?)
    }

    /// `a[items]`: items apply to the leading axes; axes without one are taken whole.
    func subscripted(_ items: [Index], at offset: Int) throws(NumpyDataError) -> NumpyArray {
        guard items.count <= rank else {
            throw NumpyDataError("too many indices: the array has \(rank) axes (shape \(shapeDescription)) but \(items.count) were given",
                                 at: offset)
        }
        var positions: [[Int]] = []
        var keptShape: [Int] = []
        for axis in 0..<rank {
            let item = axis < items.count ? items[axis] : .slice(start: nil, stop: nil, step: nil)
            let size = shape[axis]
            switch item {
            case .integer(let i):
                guard i >= -size, i < size else {
                    throw NumpyDataError("index \(i) is out of bounds for axis \(axis) with size \(size)", at: offset)
                }
                positions.append([i < 0 ? i + size : i])
            case let .slice(start, stop, step):
                let selected = try Self.slicePositions(start: start, stop: stop, step: step ?? 1, size: size, at: offset)
                positions.append(selected)
                keptShape.append(selected.count)
            }
        }
        var elements: [Scalar] = []
        var offsets = [0]
        for axis in 0..<rank {
            let stride = shape[(axis + 1)...].reduce(1, *)
            offsets = offsets.flatMap { base in positions[axis].map { base + $0 * stride } }
        }
        for position in offsets { elements.append(self.elements[position]) }
        guard !elements.isEmpty else {
            throw NumpyDataError("this slice selects no elements (shape \(Self.describe(keptShape)))", at: offset)
        }
        return NumpyArray(shape: keptShape, elements: elements)
    }

    /// The positions Python's `slice(start, stop, step).indices(size)` walks; a zero step is an error.
    private static func slicePositions(start: Int?, stop: Int?, step: Int, size: Int, at offset: Int) throws(NumpyDataError) -> [Int] {
        guard step != 0 else { throw NumpyDataError("slice step cannot be zero", at: offset) }
        return pythonSlicePositions(start: start, stop: stop, step: step, size: size)
    }
}
