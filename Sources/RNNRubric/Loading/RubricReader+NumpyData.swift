import RNNNumpy
import RNNXML

extension RubricReader {
    /// Reads a `<data>` block: the numpy assignment lines of a course's test cell, evaluated by
    /// ``NumpyDataParser`` (never executed), held to the rubric's work budget. Each name assigned
    /// becomes a parameter of the model with its value; an error is reported at its line and
    /// column in the rubric. A block with `draw="seeds"` is also kept in `model` to be evaluated
    /// again with each student's seeds, under the same budget.
    func readNumpyData(_ node: XMLNode, into model: inout ModelSpec) -> [ParamSpec] {
        let (text, site) = textAndSite(node)
        do {
            let (assignments, seeds) = try NumpyDataParser.evaluate(text, budget: budget)
            if node.attribute("draw") == "seeds" {
                let integers = seeds.compactMap { $0 }
                if seeds.isEmpty {
                    report("draw=\"seeds\" gives each student their own np.random.seed(s), but this block has no np.random.seed line",
                           at: node)
                } else if integers.count < seeds.count {
                    report("draw=\"seeds\" replaces each np.random.seed(s) with a student's own integer seed; write one integer, not a list",
                           at: node)
                } else {
                    model.seededData.append(SeededDataBlock(text: text, line: node.line, seeds: integers, names: assignments.map(\.name),
                                                            budget: budget))
                }
            }
            let positions = site.positions(ofOffsets: assignments.map(\.offset), in: text, lines: tree.sourceLines)
            return zip(assignments, positions).map { assignment, position in
                ParamSpec(name: assignment.name, value: nil, free: false, shape: nil, line: position.line,
                          data: assignment.value)
            }
        } catch {
            let position = site.position(ofOffset: error.offset, in: text, lines: tree.sourceLines)
            report("in <data>: " + error.message, line: position.line, column: position.column, note: error.expected)
            // The names still exist (without values), so their uses are not reported a second time.
            return NumpyDataParser.assignedNames(in: text).map {
                ParamSpec(name: $0, value: nil, free: false, shape: nil, line: position.line)
            }
        }
    }
}

extension RubricReader {
    /// Reports a name that a `<data>` block assigns and another element of the model declares
    /// too (a `<param>`, `<state>`, `<input>`…): the model would have two values for it.
    func checkDataNames(_ model: ModelSpec, _ node: XMLNode) {
        let elements = ["param", "activation", "state", "input", "target", "loss", "quantity"]
        let declared = Set(node.children.filter { elements.contains($0.name) }.compactMap { $0.attribute("name") })
        for param in model.params where param.data != nil && declared.contains(param.name) {
            report("'\(param.name)' is assigned in <data> and declared by another element of model '\(model.id)'; give it one value",
                   line: param.line, column: 1, note: nil)
        }
    }
}
