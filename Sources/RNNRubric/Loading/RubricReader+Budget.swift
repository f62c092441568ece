import RNNMath
import RNNXML

extension RubricReader {
    /// The work budget of `<budget exact-bits="…" …/>`: each attribute given replaces that
    /// limit of ``WorkBudget/standard`` (the schema has already checked they are positive).
    func readBudget(_ node: XMLNode) -> WorkBudget {
        var budget = WorkBudget.standard
        for limit in WorkBudget.Limit.allCases {
            if let value = int(node, limit.rawValue) { budget[keyPath: limit.keyPath] = value }
        }
        return budget
    }
}
