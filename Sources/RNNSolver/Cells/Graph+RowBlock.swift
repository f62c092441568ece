import RNNMath

extension Graph {
    /// Rows `rows` of `a`, recorded as the product `S·a` with the exact 0/1 selector
    /// `S` (`rows.count` × `a.rows`, `S[i][rows.lowerBound + i] = 1`), so the slice is exact and
    /// its gradient flows back into the stacked matrix: `∂/∂a = Sᵀ·G`.
    ///
    ///     // a = [1 2; 3 4; 5 6], rows 1..<3  →  [3 4; 5 6]
    ///
    /// - Throws: `GraphError.operation` when `rows` is empty or not inside `0..<a.rows`.
    func rowBlock(_ a: NodeID, _ rows: Range<Int>) throws(GraphError) -> NodeID {
        let height = value(a).rows
        guard !rows.isEmpty, rows.lowerBound >= 0, rows.upperBound <= height else {
            throw .operation(op: "row block", error: .domain(
                operation: "row selection", detail: "rows \(rows.lowerBound + 1)…\(rows.upperBound) do not lie within 1…\(height)"))
        }
        var elements = [Scalar](repeating: .zero, count: rows.count * height)
        for i in 0..<rows.count { elements[i * height + rows.lowerBound + i] = .one }
        let selector: Matrix
        do { selector = try Matrix(rows: rows.count, cols: height, elements: elements) } catch {
            throw .operation(op: "row block", error: error)
        }
        return try matmul(constant(selector, label: "rows \(rows.lowerBound + 1)…\(rows.upperBound)"), a)
    }
}
