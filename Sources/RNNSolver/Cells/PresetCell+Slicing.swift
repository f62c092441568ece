import RNNMath
import RNNRubric

/// Per-gate weights from the convention's stored parameters: exact row blocks of PyTorch's
/// stacked matrices, transposed column blocks of Keras's kernels (blocks in `stackingOrder`), or the textbook's own `W_g`,
/// `U_g`, `b_g` (and Graves's peepholes `p_i`, `p_f`, `p_o`).
extension PresetCell {
    /// The weights of every gate, keyed by gate name, sliced exactly from `params`.
    ///
    ///     // PyTorch GRU, H = 3: gates["z"].input = rows 4…6 of weight_ih (order r, z, n)
    ///     // Keras GRU with reset_after: gates["h"].recurrentBias = bias[1, 6..<9]ᵀ
    ///
    /// - Throws: `MathError.domain` when a parameter is missing or has the wrong shape.
    package func gateWeights(_ params: [String: Matrix]) throws(MathError) -> [String: GateWeights<Matrix>] {
        let graph = Graph()
        let nodes = params.mapValues { graph.constant($0, label: "") }
        do {
            return try gateWeights(in: graph, params: nodes).mapValues { weights in
                weights.map { graph.value($0) }
            }
        } catch {
            throw error.mathError
        }
    }

    /// The weights of every gate, recorded on `graph` so that gradients reach the stored
    /// (stacked) parameters `params`.
    ///
    /// - Throws: `GraphError.operation` (op `"cell"`) when a parameter is missing or has the
    ///   wrong shape.
    package func gateWeights(in graph: Graph, params: [String: NodeID]) throws(GraphError) -> [String: GateWeights<NodeID>] {
        do { try checkParameters(params.mapValues { graph.value($0) }) } catch {
            throw .operation(op: "cell", error: error)
        }
        func stored(_ name: String) throws(GraphError) -> NodeID {
            guard let node = params[name] else {
                throw .operation(op: "cell", error: .domain(operation: label, detail: "parameter \(name) is missing"))
            }
            return node
        }
        var result: [String: GateWeights<NodeID>] = [:]
        switch convention {
        case .pytorch:
            let (ih, hh) = (try stored("weight_ih"), try stored("weight_hh"))
            let (bih, bhh): (NodeID, NodeID?) = biases == .one ? (try stored("bias"), nil) : (try stored("bias_ih"), try stored("bias_hh"))
            for (index, gate) in stackingOrder.enumerated() {
                let rows = block(index)
                result[gate] = GateWeights(input: try graph.rows(ih, rows), recurrent: try graph.rows(hh, rows),
                                           inputBias: try graph.rows(bih, rows),
                                           recurrentBias: try bhh.map { (b: NodeID) throws(GraphError) in try graph.rows(b, rows) })
            }
        case .keras:
            let kernel = try graph.transpose(try stored("kernel"))
            let recurrentKernel = try graph.transpose(try stored("recurrent_kernel"))
            let bias = try stored("bias")
            let inputBias = try graph.transpose(try graph.rows(bias, 0..<1))
            let recurrentBias = graph.value(bias).rows == 2 ? try graph.transpose(try graph.rows(bias, 1..<2)) : nil
            for (index, gate) in stackingOrder.enumerated() {
                let rows = block(index)
                result[gate] = GateWeights(input: try graph.rows(kernel, rows), recurrent: try graph.rows(recurrentKernel, rows),
                                           inputBias: try graph.rows(inputBias, rows),
                                           recurrentBias: try recurrentBias.map { (b: NodeID) throws(GraphError) in try graph.rows(b, rows) })
            }
        case .textbook, .chung, .peephole:
            for gate in gates {
                let peephole = CellCatalog.peepholeGates(kind, convention).contains(gate) ? try stored("p_" + gate) : nil
                result[gate] = GateWeights(input: try stored("W_" + gate), recurrent: try stored("U_" + gate),
                                           inputBias: try stored("b_" + gate), peephole: peephole)
            }
        }
        return result
    }

    /// Rows of gate number `index` in a stacked matrix: `index·H ..< (index+1)·H`.
    private func block(_ index: Int) -> Range<Int> {
        index * hiddenSize..<(index + 1) * hiddenSize
    }

    /// Checks that every parameter of `parameters` is present with its catalogue shape.
    ///
    /// - Throws: `MathError.domain` naming the parameter, the shape wanted and the shape given.
    func checkParameters(_ values: [String: Matrix]) throws(MathError) {
        for parameter in parameters {
            guard let value = values[parameter.name] else {
                throw .domain(operation: label, detail: "parameter \(parameter.name) (\(parameter.rows)×\(parameter.cols)) is missing")
            }
            guard value.rows == parameter.rows, value.cols == parameter.cols else {
                throw .domain(operation: label, detail: "parameter \(parameter.name) must be \(parameter.rows)×\(parameter.cols) "
                              + "for input size \(inputSize) and hidden size \(hiddenSize), but it is \(value.shapeDescription)")
            }
        }
    }
}
