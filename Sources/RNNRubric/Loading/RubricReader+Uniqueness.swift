import RNNXML

extension RubricReader {
    /// Reports every element in `nodes` whose attribute `key` repeats an earlier one's.
    func reportDuplicates(_ nodes: [XMLNode], key: String, what: String, scope: String) {
        var first: [String: Int] = [:]
        for node in nodes {
            guard let value = node.attribute(key) else { continue }
            if let line = first[value] {
                report("\(what) '\(value)' is defined twice in \(scope) (first on line \(line)); give each a unique \(key)", at: node)
            } else {
                first[value] = node.line
            }
        }
    }

    /// Checks the uniqueness rules of one problem: part ids, model ids, and names inside each model.
    func checkUniqueness(problem node: XMLNode) {
        let scope = "problem '\(node.attribute("id") ?? "")'"
        reportDuplicates(node.children(named: "part"), key: "id", what: "part id", scope: scope)
        reportDuplicates(node.children(named: "model"), key: "id", what: "model id", scope: scope)
        for model in node.children(named: "model") {
            let named = model.children.filter { ["param", "activation", "state", "input", "target", "loss", "quantity"].contains($0.name) }
            reportDuplicates(named, key: "name", what: "name", scope: "model '\(model.attribute("id") ?? "")'")
        }
    }
}
