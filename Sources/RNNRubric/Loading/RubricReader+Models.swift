import RNNExpr
import RNNXML

extension RubricReader {
    /// Reads a problem's models in order, resolving `extends` against the models before each.
    func readModels(_ nodes: [XMLNode]) -> [ModelSpec] {
        var models: [ModelSpec] = []
        for node in nodes {
            var model = readModel(node)
            if let baseID = node.attribute("extends") {
                if let base = models.first(where: { $0.id == baseID }) {
                    model = base.extended(by: model, keepingBaseCell: node.attribute("cell") == nil)
                } else {
                    report("model '\(model.id)' extends '\(baseID)', which is not defined before it in this problem (models: \(models.map(\.id).joined(separator: ", ")))", at: node)
                }
            }
            models.append(model)
        }
        return models
    }

    /// Reads a `<model>` element; the preset cell's implicit names come from ``CellCatalog``.
    func readModel(_ node: XMLNode) -> ModelSpec {
        var model = ModelSpec(id: node.attribute("id") ?? "", cell: nil, params: [], activations: [],
                              states: [], inputs: [], targets: [], equations: [], quantities: [],
                              claims: [], line: node.line)
        if let cell = node.attribute("cell") {
            model.cell = readCell(node, cell: cell)
            if int(node, "input-size") == nil || int(node, "hidden-size") == nil {
                report("a preset \(cell) cell needs input-size and hidden-size", at: node)
            }
        }
        for child in node.children {
            switch child.name {
            case "param": model.params.append(readParam(child))
            case "data": model.params += readNumpyData(child, into: &model)
            case "activation":
                model.activations.append(ActivationSpec(
                    name: child.attribute("name") ?? "", function: enumeration(child, "function") ?? .identity,
                    threshold: expression(child, attribute: "threshold"),
                    strict: bool(child, "strict") ?? false, line: child.line))
            case "state":
                if let initial = expression(child, attribute: "initial") {
                    model.states.append(StateSpec(name: child.attribute("name") ?? "", initial: initial, line: child.line))
                }
            case "input", "target":
                if child.name == "target" && child.attribute("values") == nil {
                    report("target '\(child.attribute("name") ?? "")' needs values=\"…\", one per step", at: child)
                }
                let sequence = SequenceSpec(name: child.attribute("name") ?? "",
                                            values: expressionList(child, attribute: "values"), line: child.line,
                                            draw: readDraw(child))
                if sequence.draw != nil && sequence.values.isEmpty {
                    report("a drawn sequence needs values=\"…\": the fixed variant's data, one per step (their count is the length drawn)", at: child)
                }
                if child.name == "input" { model.inputs.append(sequence) } else { model.targets.append(sequence) }
            case "require":
                if let requirement = readRequirement(child) { model.requirements.append(requirement) }
            case "equation":
                if let equation = equationText(child) { model.equations.append(equation) }
            case "loss", "quantity":
                if let expression = expressionText(child) {
                    model.quantities.append(QuantitySpec(name: child.attribute("name") ?? "L",
                                                         expression: expression, isLoss: child.name == "loss"))
                }
            case "claim":
                if let left = expression(child, attribute: "left"), let right = expression(child, attribute: "right") {
                    model.claims.append(ClaimSpec(left: left, right: right, statement: normalisedText(child.text),
                                                  expectedToHold: bool(child, "holds") ?? true, line: child.line))
                }
            default:
                break
            }
        }
        checkDataNames(model, node)
        checkLayeredStates(model, node)
        return model
    }

    private func readParam(_ node: XMLNode) -> ParamSpec {
        let free = bool(node, "free") ?? false
        let value = expression(node, attribute: "value")
        if free && node.attribute("value") != nil {
            report("parameter '\(node.attribute("name") ?? "")' is free (the student chooses it), so it cannot also have a value", at: node)
        }
        if !free && node.attribute("default") != nil {
            report("parameter '\(node.attribute("name") ?? "")' has a default but is not free; only a free parameter the student may leave out has one", at: node)
        }
        if !free && node.attribute("value") == nil {
            report("parameter '\(node.attribute("name") ?? "")' needs a value (with draw=\"…\": the fixed variant's), or free=\"true\" if the student chooses it", at: node)
        }
        let draw = readDraw(node)
        if draw != nil && free {
            report("parameter '\(node.attribute("name") ?? "")' is free (the student chooses it), so it cannot be drawn", at: node)
        }
        return ParamSpec(name: node.attribute("name") ?? "", value: value, free: free, shape: draw == nil ? readShape(node) : nil, line: node.line,
                         defaultValue: expression(node, attribute: "default"), draw: draw)
    }
}
