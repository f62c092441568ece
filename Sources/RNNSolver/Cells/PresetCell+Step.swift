import RNNMath

/// One time step of a preset cell, recorded on a graph (gradients by `Graph.backward`) or
/// computed forward over plain matrices.
extension PresetCell {
    /// One step from `state` (`h`, and `c` for an LSTM; H×N each, or N×H in the rows layout)
    /// with input `x` (I×N, or N×I; N = 1 for one example): the new `h` (and `c`) and every
    /// gate's activation `gate_<name>` (names: `outputNames`), in the same layout. A state of
    /// one column (row) is broadcast over the batch.
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
    /// so that an unrolled sequence slices the stacked parameters only once. In the rows layout
    /// the input and states are transposed on the way in and the outputs on the way out, so the
    /// equations are written once, over columns.
    ///
    /// - Throws: `GraphError.operation` (op `"cell"`) for a misshapen input or a missing state.
    package func step(in graph: Graph, x: NodeID, state: [String: NodeID], weights: [String: GateWeights<NodeID>]) throws(GraphError) -> [String: NodeID] {
        let columnX = try columns(x, graph)
        let batch = graph.value(columnX).cols
        do { try checkShape("the input x", graph.value(columnX), rows: inputSize, batch: [batch]) } catch { throw .operation(op: "cell", error: error) }
        let h = try stateNode("h", state, graph, batch: batch)
        let outputs: [String: NodeID]
        switch kind {
        case .elman: outputs = try elmanStep(graph, x: columnX, h: h, weights: weights)
        case .gru: outputs = try gruStep(graph, x: columnX, h: h, weights: weights)
        case .lstm: outputs = try lstmStep(graph, x: columnX, h: h, c: try stateNode("c", state, graph, batch: batch), weights: weights)
        }
        guard layout == .rows else { return outputs }
        var rows: [String: NodeID] = [:]
        for (name, node) in outputs { rows[name] = try graph.transpose(node) }
        return rows
    }

    /// `value` as columns: itself, or its transpose in the rows layout.
    private func columns(_ value: NodeID, _ graph: Graph) throws(GraphError) -> NodeID {
        layout == .rows ? try graph.transpose(value) : value
    }

    /// The state `name` as columns, checked to be H×1 or H×`batch`.
    private func stateNode(_ name: String, _ state: [String: NodeID], _ graph: Graph, batch: Int) throws(GraphError) -> NodeID {
        guard let given = state[name] else {
            throw .operation(op: "cell", error: .domain(operation: label, detail: "the state \(name) is missing"))
        }
        let node = try columns(given, graph)
        do { try checkShape("the state \(name)", graph.value(node), rows: hiddenSize, batch: [1, batch]) } catch {
            throw .operation(op: "cell", error: error)
        }
        return node
    }

    /// Checks that `value` (as columns) has `rows` rows and one of the column counts `batch`;
    /// the message gives the shape wanted in the cell's layout.
    private func checkShape(_ what: String, _ value: Matrix, rows: Int, batch: [Int]) throws(MathError) {
        guard value.rows != rows || !batch.contains(value.cols) else { return }
        let n = batch.last ?? 1
        let (wanted, given) = layout == .rows
            ? ("\(n)×\(rows) (a row per example of the batch, layout=\"rows\")", "\(value.cols)×\(value.rows)")
            : ("\(rows)×\(n)", value.shapeDescription)
        throw .domain(operation: label, detail: "\(what) must be \(wanted) but it is \(given)")
    }
}
