import RNNExpr
import RNNMath
import RNNRubric

extension ModelRun {
    /// The preset cell of the model, if it has one.
    func presetCell() throws(SolverError) -> PresetCell? {
        guard let spec = model.cell else { return nil }
        do { return try PresetCell(spec) } catch { throw SolverError(error, at: nil) }
    }

    /// Whether `name` is a quantity the model's preset cell computes (`h`, `c`, `gate_f`).
    func isCellOutput(_ name: String) -> Bool {
        guard let spec = model.cell else { return false }
        return CellCatalog.timeIndexedNames(spec.kind, spec.convention).contains(name)
    }

    /// Runs the preset cell's step t (after step t−1), returning every output it computes.
    /// Initial states are the rubric's `<state>` values, or zeros.
    ///
    /// Each parameter is one leaf shared by every step, sliced into per-gate weights once per
    /// run (``cellWeights``), so a step costs its products and not a re-slicing of the stacked
    /// matrices; its gradient is the sum over the steps all the same. Every preset cell uses tanh
    /// (and sigmoid), so it computes in `Double` from the start (its every output is approximate anyway).
    func cellStep(_ cell: PresetCell, at step: Int, range: SourceRange?) throws(SolverError) -> [String: NodeID] {
        var state: [String: NodeID] = [:]
        for name in cell.stateNames {
            let previous = try node(name, at: step - 1, range: range)
            // For `partial`, the previous step's state is held fixed, as in written-out equations.
            state[name] = detachRecurrence ? graph.constant(graph.value(previous), label: "\(name)[\(step - 1)] (held fixed)") : previous
        }
        let exactX = try node("x", at: step, range: range)
        let x = graph.constant(try graph.value(exactX).approximated(range: range), label: "x[\(step)]")
        let weights: [String: GateWeights<NodeID>]
        if let sliced = cellWeights {
            weights = sliced
        } else {
            weights = try sharedGateWeights(cell, range: range)
            cellWeights = weights
        }
        do {
            return try cell.step(in: graph, x: x, state: state, weights: weights)
        } catch {
            throw SolverError(error, at: range)
        }
    }

    /// The cell's per-gate weights, sliced from one leaf per parameter (context `every step`).
    /// A vector parameter may be written in either orientation (`bias="[a, b]"` for Keras's
    /// 1×H bias); a wrong shape is an error at the `<param>`'s value.
    private func sharedGateWeights(_ cell: PresetCell, range: SourceRange?) throws(SolverError) -> [String: GateWeights<NodeID>] {
        var params: [String: NodeID] = [:]
        for parameter in cell.parameters {
            guard let leaf = try self.parameter(parameter.name, context: "every step", range: range, approximate: true) else {
                throw SolverError("the \(cell.kind.rawValue) cell (\(cell.convention.rawValue)) needs parameter '\(parameter.name)' (\(parameter.rows)×\(parameter.cols))", range: range)
            }
            let shape = graph.value(leaf)
            if shape.rows == parameter.rows, shape.cols == parameter.cols {
                params[parameter.name] = leaf
            } else if shape.isVector, shape.rows == parameter.cols, shape.cols == parameter.rows {
                do { params[parameter.name] = try graph.transpose(leaf) } catch { throw SolverError(error, at: range) }
            } else {
                let error = SolverError("parameter '\(parameter.name)' should be \(parameter.rows)×\(parameter.cols) for the \(cell.label) cell "
                                        + "(input size \(cell.inputSize), hidden size \(cell.hiddenSize)), not \(shape.shapeDescription)", range: range)
                guard let value = model.params.first(where: { $0.name == parameter.name })?.value else { throw error }
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
