import RNNMath
import RNNRubric

/// The student's parameter values checked against what a design part lets them choose:
/// every free parameter given, nothing else, each in its declared shape.
enum DesignParameters {
    /// Throws a ``DesignError/submission(_:)`` naming every missing, extra or misshapen parameter.
    static func validate(_ parameters: [String: Matrix], for model: ModelSpec) throws(DesignError) {
        let free = model.params.filter(\.free)
        let names = free.map(\.name)
        var problems: [String] = []
        let missing = names.filter { parameters[$0] == nil }
        if !missing.isEmpty {
            problems.append("give a value for \(list(missing))")
        }
        let extra = parameters.keys.filter { !names.contains($0) }.sorted()
        if !extra.isEmpty {
            problems.append("\(list(extra)) \(extra.count == 1 ? "is not a parameter" : "are not parameters") you choose here "
                            + "(you choose \(list(names)))")
        }
        for spec in free {
            guard let value = parameters[spec.name] else { continue }
            let (rows, cols) = spec.shape ?? (1, 1)
            if value.rows != rows || value.cols != cols {
                let wanted = rows == 1 && cols == 1 ? "a number" : "a \(rows)×\(cols) matrix"
                problems.append("\(spec.name) must be \(wanted), not \(value.isScalar ? "a number" : "a \(value.shapeDescription) matrix")")
            }
        }
        if !problems.isEmpty { throw .submission(problems.joined(separator: "; ")) }
    }

    private static func list(_ names: [String]) -> String {
        names.map { "'\($0)'" }.joined(separator: ", ")
    }
}
