import RNNExpr
import RNNMath
import RNNRubric

extension ModelRun {
    /// The preset cell of the model, one per layer (none without a preset cell).
    func presetCells() throws(SolverError) -> [PresetCell] {
        guard let spec = model.cell else { return [] }
        var cells: [PresetCell] = []
        for layer in 0..<spec.options.layerCount {
            do { cells.append(try PresetCell(spec, layer: layer)) } catch { throw SolverError(error, at: nil) }
        }
        return cells
    }

    /// Whether `name` is a quantity the model's preset cell computes (`h`, `c`, `gate_f`, and
    /// with `layers` the per-layer `h_l0`, `gate_f_l1`).
    func isCellOutput(_ name: String) -> Bool {
        guard let spec = model.cell else { return false }
        return CellCatalog.timeIndexedNames(spec).contains(name)
    }

    /// The zero initial value of the preset cell's state `name` (`h`, `c`, `h_l1`), shaped like
    /// one step's output: H×N, or N×H in the rows layout, N being the batch of `x` at the first
    /// step (1 when there is none); nil when `name` is not such a state.
    func zeroCellState(_ name: String) -> Matrix? {
        guard let spec = model.cell, let hidden = spec.hiddenSize, CellCatalog.initialStateNames(spec).contains(name) else { return nil }
        var batch = 1
        if let first = firstInput {
            batch = spec.options.layout == .rows ? first.rows : first.cols
        }
        return spec.options.layout == .rows ? .zeros(batch, hidden) : .zeros(hidden, batch)
    }

    /// Runs the preset cell's step t (after step t−1) through every layer, returning every output
    /// it computes: per layer `h`, `c` and the gates (suffixed `_l<k>` with `layers`, when the
    /// top layer's `h` and `c` are returned unsuffixed as well). Layer k + 1 reads layer k's new
    /// `h` as its input. Initial states are the rubric's `<state>` values, or zeros.
    ///
    /// Each parameter is one leaf shared by every step, sliced into per-gate weights once per
    /// run (``cellWeights``), so a step costs its products and not a re-slicing of the stacked
    /// matrices; its gradient is the sum over the steps all the same. Every preset cell uses tanh
    /// (and sigmoid), so it computes in `Double` from the start (its every output is approximate anyway).
    func cellStep(at step: Int, range: SourceRange?) throws(SolverError) -> [String: NodeID] {
        guard let spec = model.cell else { return [:] }
        let exactX = try node("x", at: step, range: range)
        var input = graph.constant(try graph.value(exactX).approximated(range: range), label: stepLabel("x", step))
        var outputs: [String: NodeID] = [:]
        let cells = try presetCells()
        for (layer, cell) in cells.enumerated() {
            let suffix = CellCatalog.layerSuffix(spec, layer: layer)
            var state: [String: NodeID] = [:]
            for name in cell.stateNames {
                let previous = try node(name + suffix, at: step - 1, range: range)
                // For `partial`, the previous step's state is held fixed, as in written-out equations.
                state[name] = detachRecurrence ? graph.constant(graph.value(previous), label: stepLabel(name + suffix, step - 1) + " (held fixed)") : previous
            }
            let weights: [String: GateWeights<NodeID>]
            if let sliced = cellWeights[layer] {
                weights = sliced
            } else {
                weights = try sharedGateWeights(cell, suffix: suffix, range: range)
                cellWeights[layer] = weights
            }
            let layerOutputs: [String: NodeID]
            do {
                layerOutputs = try cell.step(in: graph, x: input, state: state, weights: weights)
            } catch {
                throw SolverError(error, at: range)
            }
            for (name, built) in layerOutputs { outputs[name + suffix] = built }
            if let h = layerOutputs["h"] { input = h }
            if layer == cells.count - 1, !suffix.isEmpty {
                for name in cell.stateNames { outputs[name] = layerOutputs[name] }
            }
        }
        return outputs
    }

    /// The cell's per-gate weights, sliced from one leaf per parameter (context `every step`),
    /// the parameters named with the layer's `suffix`. A vector parameter may be written in
    /// either orientation (`bias="[a, b]"` for Keras's 1×H bias); a wrong shape is an error at
    /// the `<param>`'s value.
    private func sharedGateWeights(_ cell: PresetCell, suffix: String, range: SourceRange?) throws(SolverError) -> [String: GateWeights<NodeID>] {
        var params: [String: NodeID] = [:]
        for parameter in cell.parameters {
            let name = parameter.name + suffix
            guard let leaf = try self.parameter(name, context: "every step", range: range, approximate: true) else {
                throw SolverError("the \(cell.kind.rawValue) cell (\(cell.convention.rawValue)) needs parameter '\(name)' (\(parameter.rows)×\(parameter.cols))", range: range)
            }
            let shape = graph.value(leaf)
            if shape.rows == parameter.rows, shape.cols == parameter.cols {
                params[parameter.name] = leaf
            } else if shape.isVector, shape.rows == parameter.cols, shape.cols == parameter.rows {
                do { params[parameter.name] = try graph.transpose(leaf) } catch { throw SolverError(error, at: range) }
            } else {
                let error = SolverError("parameter '\(name)' should be \(parameter.rows)×\(parameter.cols) for the \(cell.label) cell "
                                        + "(input size \(cell.inputSize), hidden size \(cell.hiddenSize)), not \(shape.shapeDescription)", range: range)
                guard let value = model.params.first(where: { $0.name == name })?.value else { throw error }
                var placed = error
                placed.range = nil
                throw placed.placed(in: value)
            }
        }
        do {
            return try cell.gateWeights(in: graph, params: params)
        } catch {
            throw SolverError(error, at: range)
        }
    }
}
