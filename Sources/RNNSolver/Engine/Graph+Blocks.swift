import RNNMath

/// Slicing and joining primitives: each moves elements without arithmetic, so exact values stay
/// exact, and each gradient rule moves the upstream gradient back to where the elements came from.
extension Graph {
    /// The block of `a` in rows `rows` and columns `cols` (0-based, half-open);
    /// `∂/∂a` is `G` placed in that block, zeros elsewhere.
    ///
    ///     // a = [1 2; 3 4; 5 6], rows 1..<3, cols 0..<2  →  [3 4; 5 6]
    package func slice(_ a: NodeID, rows: Range<Int>, cols: Range<Int>) throws(GraphError) -> NodeID {
        let x = value(a)
        return try record("slice", [a]) { () throws(MathError) in
            try x.block(rows: rows, cols: cols)
        } backward: { g, _ in
            [g.placed(inRows: x.rows, cols: x.cols, atRow: rows.lowerBound, col: cols.lowerBound)]
        }
    }

    /// Rows `rows` of `a`, every column: a stacked matrix's block (PyTorch's `weight_ih`).
    package func rows(_ a: NodeID, _ rows: Range<Int>) throws(GraphError) -> NodeID {
        try slice(a, rows: rows, cols: 0..<value(a).cols)
    }

    /// The element of `a` at (`row`, `col`), 1×1; `∂/∂a` is `G` at that place, zeros elsewhere.
    package func element(_ a: NodeID, row: Int, col: Int) throws(GraphError) -> NodeID {
        try slice(a, rows: row..<(row + 1), cols: col..<(col + 1))
    }

    /// `parts` joined one above the other or side by side; `∂/∂partₖ` is the block of `G` where
    /// part k landed. A single part is returned as it is.
    package func concatenate(_ parts: [NodeID], along axis: Matrix.Axis) throws(GraphError) -> NodeID {
        if parts.count == 1 { return parts[0] }
        let values = parts.map(value)
        return try record("concatenate", parts) { () throws(MathError) in
            try Matrix.concatenating(values, along: axis)
        } backward: { g, _ throws(MathError) in
            var offset = 0
            var pieces: [Matrix] = []
            for part in values {
                switch axis {
                case .vertical:
                    pieces.append(try g.block(rows: offset..<(offset + part.rows), cols: 0..<g.cols))
                    offset += part.rows
                case .horizontal:
                    pieces.append(try g.block(rows: 0..<g.rows, cols: offset..<(offset + part.cols)))
                    offset += part.cols
                }
            }
            return pieces
        }
    }
}
