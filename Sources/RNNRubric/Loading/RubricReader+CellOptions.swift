import RNNXML

extension RubricReader {
    /// The options of a preset cell (`layout`, `gate-order`, `bias`, `layers`, `time-origin`),
    /// each bad value reported at the attribute's value with the values allowed; a bad option
    /// keeps its default so that the rest of the rubric is still checked.
    func readCellOptions(_ node: XMLNode, kind: CellKind, convention: CellConvention) -> CellOptions {
        var options = CellOptions()
        if let text = node.attribute("layout") {
            if let layout = CellLayout(rawValue: text.trimmingBlanks()) { options.layout = layout } else {
                reportAtValue("unknown layout '\(text)'; use columns (x is I×N, the default) or rows (x is N×I, a batch of rows)",
                              "layout", of: node)
            }
        }
        if let text = node.attribute("bias") {
            let allowed = CellCatalog.allowedBiases(convention)
            if let biases = CellBiases(rawValue: text.trimmingBlanks()), allowed.contains(biases) { options.biases = biases } else {
                let stackedNote = CellCatalog.isStacked(convention) ? ""
                    : " (the \(convention.rawValue) convention has its own b_<gate> per gate; two biases need pytorch or keras)"
                reportAtValue("bias '\(text)' is not allowed here; use " + allowed.map(\.rawValue).joined(separator: " or ") + stackedNote,
                              "bias", of: node)
            }
        }
        if let text = node.attribute("gate-order") {
            options.gateOrder = readGateOrder(text, node, kind: kind, convention: convention)
        }
        if let text = node.attribute("layers") {
            if let layers = Int(text.trimmingBlanks()), layers >= 1 { options.layers = layers } else {
                reportAtValue("layers '\(text)' must be a whole number of layers, 1 or more", "layers", of: node)
            }
        }
        if let text = node.attribute("time-origin") {
            if let origin = Int(text.trimmingBlanks()), origin == 0 || origin == 1 { options.timeOrigin = origin } else {
                reportAtValue("time-origin '\(text)' must be 0 (x[0] is the first input, h[-1] the initial state) or 1 (the default: x[1] first, h[0] initial)",
                              "time-origin", of: node)
            }
        }
        return options
    }

    /// With `layers`, a `<state>` named `h` or `c` would start nothing (the states are per layer):
    /// an error at it naming the per-layer states.
    func checkLayeredStates(_ model: ModelSpec, _ node: XMLNode) {
        guard let cell = model.cell, let layers = cell.options.layers else { return }
        for child in node.children where child.name == "state" {
            let name = child.attribute("name") ?? ""
            guard CellCatalog.stateNames(cell.kind).contains(name) else { continue }
            report("with layers=\"\(layers)\" each layer has its own initial state: name it \(name)_l0 … \(name)_l\(layers - 1), not \(name)", at: child)
        }
    }

    /// `gate-order="i,f,o,c"` as gate names: a permutation of the convention's gates of a
    /// stacked convention; nil, with an error at the value, otherwise.
    private func readGateOrder(_ text: String, _ node: XMLNode, kind: CellKind, convention: CellConvention) -> [String]? {
        let gates = CellCatalog.gates(kind, convention)
        guard CellCatalog.isStacked(convention) else {
            reportAtValue("gate-order applies to stacked matrices (convention pytorch or keras); the \(convention.rawValue) convention names each gate's own parameters",
                          "gate-order", of: node)
            return nil
        }
        let order = text.split(separator: ",").map { String($0).trimmingBlanks() }
        guard order.sorted() == gates.sorted() else {
            reportAtValue("gate-order '\(text)' must name each gate of a \(convention.rawValue) \(kind.rawValue) cell once, separated by commas: "
                          + "a permutation of " + gates.joined(separator: ","), "gate-order", of: node)
            return nil
        }
        return order
    }

    /// Records `message` at the value of `node`'s attribute `attribute` (at the element when
    /// the position is unknown).
    func reportAtValue(_ message: String, _ attribute: String, of node: XMLNode) {
        if let position = tree.position(ofAttributeValue: attribute, in: node) {
            report(message, line: position.line, column: position.column, note: nil)
        } else {
            report(message, at: node)
        }
    }
}
