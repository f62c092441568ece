import RNNMath

extension Graph {
    /// `numpy.stack(parts, axis=axis)`: arrays of one numpy shape `partShape` (every part's
    /// elements row-major over it) joined along a new axis at position `axis` (0 to the parts'
    /// rank). The result has shape `partShape` with `parts.count` inserted at `axis` (kept as
    /// `Matrix(shape:elements:)` reads it, so three or more axes keep their leading axes).
    /// Elements move without arithmetic, so exact values stay exact; `∂/∂partₖ` is the slice of
    /// G at position k along the new axis.
    ///
    ///     // parts [1 2] and [3 4] (shape (2,)), axis 1  →  [[1 3], [2 4]]
    package func stack(_ parts: [NodeID], partShape: [Int], axis: Int) throws(GraphError) -> NodeID {
        let values = parts.map { value($0) }
        let count = parts.count
        // The part size before and after the new axis: result (outer, count, inner).
        let inner = partShape[axis...].reduce(1, *)
        let outer = partShape[..<axis].reduce(1, *)
        var shape = partShape
        shape.insert(count, at: axis)
        return try record("stack", parts, anyRank: true) { () throws(MathError) in
            guard values.allSatisfy({ $0.count == outer * inner }) else {
                throw .domain(operation: "stack", detail: "the arrays to stack have different shapes")
            }
            let partElements = values.map(\.elements)
            var elements: [Scalar] = []
            elements.reserveCapacity(outer * count * inner)
            for o in 0..<outer {
                for part in partElements { elements += part[(o * inner)..<((o + 1) * inner)] }
            }
            return try Matrix(shape: shape, elements: elements)
        } backward: { g, _ throws(MathError) in
            var results: [Matrix] = []
            for (k, part) in values.enumerated() {
                var offsets: [Int] = []
                offsets.reserveCapacity(outer * inner)
                for o in 0..<outer {
                    let start = (o * count + k) * inner
                    offsets += start..<(start + inner)
                }
                results.append(g.gathering(offsets, shape: part.shape))
            }
            return results
        }
    }
}
