import RNNMath

/// One time step of a preset cell, recorded on a graph (gradients by `Graph.backward`) or
/// computed forward over plain matrices.
extension PresetCell {
    /// One step from `state` (`h`, and `c` for an LSTM; H×1 each) with input `x` (I×1):
    /// the new `h` (and `c`) and every gate's activation `gate_<name>` (names: `outputNames`).
    ///
    ///     // PyTorch LSTM: ["h", "c", "gate_i", "gate_f", "gate_g", "gate_o"]
    ///
    /// Exact arithmetic stays exact up to the first sigmoid or tanh (Elman with relu stays exact).
    ///
    /// - Throws: `MathError.domain` for a missing or misshapen parameter, input or state.
    package func step(x: Matrix, state: [String: Matrix], params: [String: Matrix]) throws(MathError) -> [String: Matrix] {
        let graph = Graph()
        do {
            let outputs = try step(in: graph, x: graph.constant(x, label: "x"),
                                   state: state.mapValues { graph.constant($0, label: "") },
                                   params: params.mapValues { graph.constant($0, label: "") })
            return outputs.mapValues { graph.value($0) }
        } catch {
            throw error.mathError
        }
    }

    /// `step` recorded on `graph` from stored parameters (sliced per gate first).
    ///
    /// - Throws: `GraphError.operation` (op `"cell"`) for a missing or misshapen parameter,
    ///   input or state.
    package func step(in graph: Graph, x: NodeID, state: [String: NodeID], params: [String: NodeID]) throws(GraphError) -> [String: NodeID] {
        try step(in: graph, x: x, state: state, weights: try gateWeights(in: graph, params: params))
    }

    /// `step` recorded on `graph` from per-gate weights made once by `gateWeights(in:params:)`,
    /// so that an unrolled sequence slices the stacked parameters only once.
    ///
    /// - Throws: `GraphError.operation` (op `"cell"`) for a misshapen input or a missing state.
    package func step(in graph: Graph, x: NodeID, state: [String: NodeID], weights: [String: GateWeights<NodeID>]) throws(GraphError) -> [String: NodeID] {
        let h = try stateNode("h", state, graph)
        do { try checkShape("the input x", graph.value(x), rows: inputSize) } catch { throw .operation(op: "cell", error: error) }
        switch kind {
        case .elman: return try elmanStep(graph, x: x, h: h, weights: weights)
        case .gru: return try gruStep(graph, x: x, h: h, weights: weights)
        case .lstm: return try lstmStep(graph, x: x, h: h, c: try stateNode("c", state, graph), weights: weights)
        }
    }

    /// The state `name`, checked to be H×1.
    private func stateNode(_ name: String, _ state: [String: NodeID], _ graph: Graph) throws(GraphError) -> NodeID {
        guard let node = state[name] else {
            throw .operation(op: "cell", error: .domain(operation: label, detail: "the state \(name) is missing"))
        }
        do { try checkShape("the state \(name)", graph.value(node), rows: hiddenSize) } catch {
            throw .operation(op: "cell", error: error)
        }
        return node
    }

    /// Checks that `value` is a column vector with `rows` rows.
    private func checkShape(_ what: String, _ value: Matrix, rows: Int) throws(MathError) {
        guard value.rows == rows, value.cols == 1 else {
            throw .domain(operation: label, detail: "\(what) must be \(rows)×1 but it is \(value.shapeDescription)")
        }
    }
}
