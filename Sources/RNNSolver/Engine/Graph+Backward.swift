import RNNMath

/// Reverse-mode differentiation: topological order, seed, reverse walk.
extension Graph {
    /// The gradients of the 1×1 node `output` with respect to every node.
    ///
    /// 1. Topological order: the nodes `output` depends on, in tape order (parents always
    ///    precede their children on the tape, so no recursive search is needed).
    /// 2. Seed: `∂output/∂output = 1`.
    /// 3. Walk the order in reverse, adding each node's contributions to its parents' gradients
    ///    (`+=`: a parameter used at every time step collects one term per use).
    ///
    ///     // L = (w·x)², w = 3, x = 2:  ∂L/∂w = 2·w·x² = 24
    ///
    /// Every gradient is held to the budget as forward values are (``admitted(_:)``): beyond
    /// `exact-bits` it is computed in floating point when the graph may approximate (and
    /// ``fallback`` remembers why), else the excess is thrown.
    ///
    /// - Throws: `GraphError.nonScalarOutput` unless `output` is 1×1; `GraphError.operation`
    ///   when a gradient rule fails (e.g. an approximate overflow) or a gradient exceeds the budget.
    ///
    /// With `targets`, only the gradients of those nodes are wanted: a node none of them leads
    /// to (data, constants, the indices of a lookup) gets no gradient, and the sweep does not
    /// go through it.
    package func backward(from output: NodeID, towards targets: [NodeID]? = nil) throws(GraphError) -> Gradients {
        let shape = value(output)
        guard shape.isScalar else { throw .nonScalarOutput(shape: shape.shapeDescription) }
        return try backward(from: output, seed: .scalar(.one), towards: targets)
    }

    /// Reverse sweep from `output` seeded with `seed` (the shape of `output`'s value), into the
    /// nodes that lead to `targets` (every node without).
    func backward(from output: NodeID, seed: Matrix, towards targets: [NodeID]? = nil) throws(GraphError) -> Gradients {
        let order = topologicalOrder(endingAt: output)
        let wanted = targets.map { nodesLeading(to: $0, within: output) }
        let kept = wanted.map { wanted in order.filter { wanted[$0.index] || $0 == output } } ?? order
        let swept = try sweep(kept, positions: positions(of: kept), seed: seed)
        var gradients = [Matrix?](repeating: nil, count: nodes.count)
        for (id, gradient) in zip(kept, swept) { gradients[id.index] = gradient }
        return Gradients(storage: gradients, shapes: nodes.map(\.value.shape))
    }

    /// The gradients of the last node of `order` (seeded with `seed`) with respect to every node
    /// of `order`, position by position; `nil` where nothing arrived. `order` is in tape order
    /// and `positions` maps a node's index to its position in it (``positions(of:)``);
    /// contributions to parents outside `order` are dropped (a jacobian leaves out the nodes
    /// that cannot reach its x).
    func sweep(_ order: [NodeID], positions: [Int?], seed: Matrix) throws(GraphError) -> [Matrix?] {
        var gradients = [Matrix?](repeating: nil, count: order.count)
        gradients[order.count - 1] = seed
        for position in order.indices.reversed() {
            guard let g = gradients[position] else { continue }
            let node = nodes[order[position].index]
            do {
                let contributions = try node.backward(g, node.value)
                for (parent, contribution) in zip(node.parents, contributions) {
                    guard let target = positions[parent.index] else { continue }
                    let total = try gradients[target].map { (existing) throws(MathError) in try existing.adding(contribution) }
                    // Gradients are held to the budget like forward values (in floating point
                    // beyond it when the graph may approximate).
                    gradients[target] = try admitted(total ?? contribution)
                }
            } catch {
                throw .operation(op: "gradient of \(node.op)", error: error)
            }
        }
        return gradients
    }

    /// For each node index up to the last of `order` (tape order), its position in `order`, or
    /// nil; a node's parents always come before it, so they are all in range.
    func positions(of order: [NodeID]) -> [Int?] {
        var positions = [Int?](repeating: nil, count: (order.last?.index ?? -1) + 1)
        for (position, id) in order.enumerated() { positions[id.index] = position }
        return positions
    }

    /// For each node up to `output`, whether it is one of `targets` or has one among its
    /// ancestors (parents precede children on the tape, so one forward pass decides).
    func nodesLeading(to targets: [NodeID], within output: NodeID) -> [Bool] {
        var leads = [Bool](repeating: false, count: output.index + 1)
        for target in targets where target.index <= output.index { leads[target.index] = true }
        for index in 0...output.index where !leads[index] {
            leads[index] = nodes[index].parents.contains { leads[$0.index] }
        }
        return leads
    }

    /// The nodes `output` depends on (itself included), in tape order, found iteratively.
    func topologicalOrder(endingAt output: NodeID) -> [NodeID] {
        var needed = [Bool](repeating: false, count: output.index + 1)
        needed[output.index] = true
        var order: [NodeID] = []
        for index in stride(from: output.index, through: 0, by: -1) where needed[index] {
            order.append(NodeID(index: index))
            for parent in nodes[index].parents { needed[parent.index] = true }
        }
        return order.reversed()
    }
}
