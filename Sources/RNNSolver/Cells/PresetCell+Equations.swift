import RNNMath

/// The cell equations, written once over graph nodes (the forward-only `Matrix` step records
/// them on a scratch graph). With `pre(g) = W_g·x + b_in,g + U_g·h + b_rec,g`:
///
/// - Elman: `h' = tanh(pre(h))`.
/// - LSTM: `i = σ(pre(i) [+ p_i⊙c])`, `f = σ(pre(f) [+ p_f⊙c])`, `g = tanh(pre(g))`,
///   `c' = f⊙c + i⊙g`, `o = σ(pre(o) [+ p_o⊙c'])`, `h' = o⊙tanh(c')` (peepholes: Graves 2013).
/// - GRU: `r = σ(pre(r))`, `z = σ(pre(z))`, candidate `ñ = tanh(W x + b_in + r⊙(U h + b_rec))`
///   (reset after: PyTorch, Keras `reset_after`) or `tanh(W x + b_in + U(r⊙h))` (reset before:
///   Cho, Keras `reset_after=False`); `h' = z⊙h + (1−z)⊙ñ`, or `(1−z)⊙h + z⊙ñ` for `chung`.
extension PresetCell {
    /// One Elman step from `h`.
    func elmanStep(_ graph: Graph, x: NodeID, h: NodeID, weights: [String: GateWeights<NodeID>]) throws(GraphError) -> [String: NodeID] {
        let pre = try preActivation(graph, try gate(gates[0], weights), x: x, h: h)
        return ["h": try graph.apply(.tanh, pre)]
    }

    /// One LSTM step from `h` and `c`; gate roles by position in the order i, f, g (Keras c), o.
    func lstmStep(_ graph: Graph, x: NodeID, h: NodeID, c: NodeID, weights: [String: GateWeights<NodeID>]) throws(GraphError) -> [String: NodeID] {
        let (inputGate, forgetGate, candidateGate, outputGate) =
            (try gate(gates[0], weights), try gate(gates[1], weights), try gate(gates[2], weights), try gate(gates[3], weights))
        let i = try graph.apply(.sigmoid, try peeped(graph, try preActivation(graph, inputGate, x: x, h: h), inputGate, cell: c))
        let f = try graph.apply(.sigmoid, try peeped(graph, try preActivation(graph, forgetGate, x: x, h: h), forgetGate, cell: c))
        let g = try graph.apply(.tanh, try preActivation(graph, candidateGate, x: x, h: h))
        let nextC = try graph.add(try graph.hadamard(f, c), try graph.hadamard(i, g))
        let o = try graph.apply(.sigmoid, try peeped(graph, try preActivation(graph, outputGate, x: x, h: h), outputGate, cell: nextC))
        let nextH = try graph.hadamard(o, try graph.apply(.tanh, nextC))
        return ["h": nextH, "c": nextC, "gate_" + gates[0]: i, "gate_" + gates[1]: f,
                "gate_" + gates[2]: g, "gate_" + gates[3]: o]
    }

    /// One GRU step from `h`; the reset gate is named `r`, the update gate `z`, and the
    /// candidate is the remaining gate (`n` in PyTorch, `h` elsewhere).
    func gruStep(_ graph: Graph, x: NodeID, h: NodeID, weights: [String: GateWeights<NodeID>]) throws(GraphError) -> [String: NodeID] {
        let candidateName = gates.first { $0 != "r" && $0 != "z" } ?? "h"
        let (resetGate, updateGate, candidateGate) = (try gate("r", weights), try gate("z", weights), try gate(candidateName, weights))
        let r = try graph.apply(.sigmoid, try preActivation(graph, resetGate, x: x, h: h))
        let z = try graph.apply(.sigmoid, try preActivation(graph, updateGate, x: x, h: h))
        let inputPart = try graph.add(try graph.matmul(candidateGate.input, x), candidateGate.inputBias)
        var recurrentPart: NodeID
        if resetsAfterMatmul {
            recurrentPart = try biased(graph, try graph.matmul(candidateGate.recurrent, h), candidateGate.recurrentBias)
            recurrentPart = try graph.hadamard(r, recurrentPart)
        } else {
            recurrentPart = try biased(graph, try graph.matmul(candidateGate.recurrent, try graph.hadamard(r, h)),
                                       candidateGate.recurrentBias)
        }
        let candidate = try graph.apply(.tanh, try graph.add(inputPart, recurrentPart))
        let keep = try graph.subtract(graph.constant(.scalar(.one), label: "1"), z)
        let nextH = convention == .chung
            ? try graph.add(try graph.hadamard(keep, h), try graph.hadamard(z, candidate))
            : try graph.add(try graph.hadamard(z, h), try graph.hadamard(keep, candidate))
        return ["h": nextH, "gate_r": r, "gate_z": z, "gate_" + candidateName: candidate]
    }

    /// `W·x + b_in + U·h + b_rec`.
    private func preActivation(_ graph: Graph, _ weights: GateWeights<NodeID>, x: NodeID, h: NodeID) throws(GraphError) -> NodeID {
        let inputPart = try graph.add(try graph.matmul(weights.input, x), weights.inputBias)
        let recurrentPart = try biased(graph, try graph.matmul(weights.recurrent, h), weights.recurrentBias)
        return try graph.add(inputPart, recurrentPart)
    }

    /// `value + bias`, or `value` when there is no bias.
    private func biased(_ graph: Graph, _ value: NodeID, _ bias: NodeID?) throws(GraphError) -> NodeID {
        guard let bias else { return value }
        return try graph.add(value, bias)
    }

    /// `pre + p⊙c` for a gate with a peephole, else `pre`.
    private func peeped(_ graph: Graph, _ pre: NodeID, _ weights: GateWeights<NodeID>, cell: NodeID) throws(GraphError) -> NodeID {
        guard let peephole = weights.peephole else { return pre }
        return try graph.add(pre, try graph.hadamard(peephole, cell))
    }

    /// The weights of gate `name`.
    ///
    /// - Throws: `GraphError.operation` (op `"cell"`) when `weights` lacks the gate.
    private func gate(_ name: String, _ weights: [String: GateWeights<NodeID>]) throws(GraphError) -> GateWeights<NodeID> {
        guard let found = weights[name] else {
            throw .operation(op: "cell", error: .domain(operation: label, detail: "the weights of gate \(name) are missing"))
        }
        return found
    }
}
