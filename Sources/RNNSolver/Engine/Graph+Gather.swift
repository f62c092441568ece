import RNNMath

extension Graph {
    /// The elements of `a` at the row-major `offsets` (repeats allowed), laid out row-major as
    /// a `rows`×`cols` matrix: numpy's subscripts with steps, negative or integer-array indices,
    /// the rows of an embedding table, one score per row. Elements move without arithmetic, so
    /// exact values stay exact. `∂/∂a` adds each element of G back at the place it came from
    /// (scatter-add), so a place taken twice collects both gradients.
    ///
    ///     // a = [10 20; 30 40], offsets [3, 0, 3] as 1×3  →  [40 10 40]
    package func gather(_ a: NodeID, offsets: [Int], rows: Int, cols: Int) throws(GraphError) -> NodeID {
        try gather(a, offsets: offsets, shape: [rows, cols])
    }

    /// The elements of `a` (any rank) at the row-major `offsets`, laid out row-major in an array
    /// of numpy `shape` (`Matrix(shape:elements:)`: rank 1 is a 1×n row, rank 3 or more keeps
    /// its leading axes). `∂/∂a` is the scatter-add of ``gather(_:offsets:rows:cols:)``.
    ///
    ///     // x of shape (2, 3, 4): x[:, 1, :] is offsets [4…7, 16…19] with shape [2, 4]
    package func gather(_ a: NodeID, offsets: [Int], shape: [Int]) throws(GraphError) -> NodeID {
        let x = value(a)
        return try record("gather", [a], anyRank: true) { () throws(MathError) in
            guard offsets.allSatisfy({ (0..<x.count).contains($0) }) else {
                throw .domain(operation: "gather", detail: "an index is outside the \(x.shapeDescription) matrix")
            }
            guard offsets.count == shape.reduce(1, *) else {
                throw .domain(operation: "gather", detail: "\(offsets.count) elements do not fill an array of shape \(Matrix.shapeText(shape))")
            }
            return x.gathering(offsets, shape: shape)
        } backward: { g, _ throws(MathError) in
            [try Matrix.scatterAdding(g, at: offsets, shape: x.shape)]
        }
    }
}
