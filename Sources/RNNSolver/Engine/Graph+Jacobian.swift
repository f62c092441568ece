import RNNMath

/// Jacobians of non-scalar nodes, one reverse sweep per output element, held to the node budget.
extension Graph {
    /// `∂y/∂x` in numerator layout, where x is given as the nodes `xs` that stand for it (a
    /// parameter's leaf at every step, whose contributions add; all of one shape): row i is the
    /// gradient of the i-th element of `y`, column j refers to the j-th element of x (elements
    /// counted row-major). For column vectors this is the usual `J[i][j] = ∂yᵢ/∂xⱼ`.
    ///
    ///     // h = W·x with W 2×2 constant: jacobian(of: h, withRespectTo: [x]) = W
    ///
    /// Each sweep walks only the nodes between x and y (a node that does not depend on x passes
    /// nothing to it). The m sweeps of an m-element `y` over those k nodes, m·k node visits, must
    /// fit `budget.graphNodes`, and so must the m·n entries of the result: both are refused
    /// before any sweep runs.
    ///
    /// - Throws: `GraphError.operation` when a gradient rule fails or the jacobian is over budget.
    package func jacobian(of y: NodeID, withRespectTo xs: [NodeID]) throws(GraphError) -> Matrix {
        let rows = value(y).count
        let columns = xs.first.map { value($0).count } ?? 0
        let order = path(from: xs, to: y)
        do {
            try requireJacobianRoom(rows: rows, columns: columns, sweptNodes: order.count)
        } catch {
            throw .operation(op: "jacobian", error: error)
        }
        var elements: [Scalar] = []
        elements.reserveCapacity(rows * columns)
        let positions = positions(of: order)
        for i in 0..<rows {
            var row: Matrix?
            if !order.isEmpty {
                let gradients = try sweep(order, positions: positions, seed: try oneHot(i, shapedLike: value(y)))
                for x in xs {
                    guard x.index < positions.count, let position = positions[x.index], let gradient = gradients[position] else { continue }
                    do { row = try row.map { (sum) throws(MathError) in try sum.adding(gradient) } ?? gradient } catch {
                        throw .operation(op: "jacobian", error: error)
                    }
                }
            }
            elements.append(contentsOf: row?.elements ?? [Scalar](repeating: .zero, count: columns))
        }
        do {
            return try Matrix(rows: rows, cols: columns, elements: elements)
        } catch {
            throw .operation(op: "jacobian", error: error)
        }
    }

    /// Throws unless `rows` sweeps over `sweptNodes` nodes, and a `rows`×`columns` result, each
    /// fit the node budget.
    private func requireJacobianRoom(rows: Int, columns: Int, sweptNodes: Int) throws(MathError) {
        let entries = rows.multipliedReportingOverflow(by: columns)
        if entries.overflow || entries.partialValue > budget.graphNodes {
            throw .overBudget(BudgetExcess(work: "a \(rows)×\(columns) jacobian (\(rows) rows of \(columns) entries)",
                                           limit: .graphNodes, budget: budget))
        }
        let visits = rows.multipliedReportingOverflow(by: sweptNodes)
        if visits.overflow || visits.partialValue > budget.graphNodes {
            throw .overBudget(BudgetExcess(
                work: "a jacobian of \(rows) backward passes (one per output element) over \(sweptNodes) graph nodes each",
                limit: .graphNodes, budget: budget))
        }
    }

    /// The nodes on some path from one of `sources` to `output` (both ends included), in tape
    /// order; empty when `output` does not depend on any of them.
    private func path(from sources: [NodeID], to output: NodeID) -> [NodeID] {
        let ancestors = Set(topologicalOrder(endingAt: output).map(\.index))
        guard let first = sources.map(\.index).min(), first <= output.index else { return [] }
        var descends = [Bool](repeating: false, count: output.index - first + 1)
        for source in sources where source.index <= output.index { descends[source.index - first] = true }
        var order: [NodeID] = []
        for index in first...output.index {
            if !descends[index - first] {
                descends[index - first] = nodes[index].parents.contains { $0.index >= first && descends[$0.index - first] }
            }
            if descends[index - first] && ancestors.contains(index) { order.append(NodeID(index: index)) }
        }
        return order.last == output ? order : []
    }

    /// The matrix of `template`'s shape with 1 at row-major position `index` and 0 elsewhere.
    private func oneHot(_ index: Int, shapedLike template: Matrix) throws(GraphError) -> Matrix {
        var elements = [Scalar](repeating: .zero, count: template.count)
        elements[index] = .one
        do {
            return try Matrix(rows: template.rows, cols: template.cols, elements: elements)
        } catch {
            throw .operation(op: "jacobian", error: error)
        }
    }
}
