import RNNExpr
import RNNMath

/// A matrix literal `[[a, b], [c, d]]`: a constant when every entry is written with numbers only,
/// else its entries joined side by side into rows and the rows stacked, so gradients reach every
/// entry that is computed.
struct MatrixLiteral {
    let builder: ExpressionBuilder
    let rows: [[Expr]]
    let range: SourceRange

    func build() throws(SolverError) -> NodeID {
        let graph = builder.graph
        if let numbers = try writtenNumbers() {
            do { return graph.constant(try Matrix(numbers), label: "matrix") } catch { throw SolverError(error, at: range) }
        }
        var entries: [[NodeID]] = []
        for row in rows {
            var built: [NodeID] = []
            for entry in row {
                let node = try builder.build(entry)
                guard graph.value(node).isScalar else {
                    throw SolverError("a matrix entry must be a number, not a \(graph.value(node).shapeDescription) matrix", range: entry.range)
                }
                built.append(node)
            }
            entries.append(built)
        }
        let values = entries.map { $0.map { graph.value($0).elements[0] } }
        let matrix: Matrix
        do { matrix = try Matrix(values) } catch { throw SolverError(error, at: range) }
        if rows.joined().allSatisfy(Self.isLiteral) {
            return graph.constant(matrix, label: "matrix")
        }
        let joinedRows = try entries.map { (row: [NodeID]) throws(SolverError) in
            try builder.wrap(range) { () throws(GraphError) in try graph.concatenate(row, along: .horizontal) }
        }
        return try builder.wrap(range) { () throws(GraphError) in try graph.concatenate(joinedRows, along: .vertical) }
    }

}

extension MatrixLiteral {
    /// The entries' values when every entry is a number, or a negated number, as written (a
    /// parameter's value pasted into the rubric): read directly, without a graph node per entry.
    /// Nil when some entry is anything else.
    private func writtenNumbers() throws(SolverError) -> [[Scalar]]? {
        var values: [[Scalar]] = []
        values.reserveCapacity(rows.count)
        for row in rows {
            var built: [Scalar] = []
            built.reserveCapacity(row.count)
            for entry in row {
                var negated = false
                var number = entry
                if case .unary(.negate, let operand) = entry.kind { (negated, number) = (true, operand) }
                guard case .number(let literal) = number.kind else { return nil }
                guard let value = Rational.parse(literal) else {
                    throw SolverError("the number \(literal) is too large to compute with exactly", range: number.range)
                }
                built.append(.exact(negated ? value.negated : value))
            }
            values.append(built)
        }
        return values
    }

    /// Whether `entry` is written with numbers only (`-1/2`, `1e-3`), so nothing can be
    /// differentiated through it; any name or index (`h[t-1]`, `W`) makes it computed.
    static func isLiteral(_ entry: Expr) -> Bool {
        var stack = [entry]
        while let next = stack.popLast() {
            switch next.kind {
            case .number: continue
            case .unary, .binary: stack.append(contentsOf: next.children)
            default: return false
            }
        }
        return true
    }
}
