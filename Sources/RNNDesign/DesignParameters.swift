import RNNMath
import RNNRubric
import RNNSolver

/// What a design part lets the student give, and the student's values checked against it:
/// every free parameter (or its rubric default), values the rubric fixes only when equal to
/// them, nothing else, each in its declared shape (a vector in either orientation).
struct DesignParameters: Sendable {
    /// The free parameters, in the model's order.
    let free: [ParamSpec]
    /// The value each free parameter with a `default` takes when left out.
    let defaults: [String: Matrix]
    /// The values the rubric fixes that a student may repeat: parameters by name, initial
    /// states as `h0` for state `h`.
    let fixed: [String: Matrix]

    /// Evaluates the defaults and fixed values of `model`. Throws ``DesignError/rubric(_:)``
    /// for a default that cannot be evaluated or does not have its parameter's shape.
    init(model: ModelSpec) throws(DesignError) {
        var constantsModel = ModelSpec.empty
        constantsModel.params = model.params.filter { !$0.free }
        let constants: ModelRun
        do { constants = try ModelRun(model: constantsModel) } catch { throw .rubric(error.message) }
        free = model.params.filter(\.free)
        var defaults: [String: Matrix] = [:]
        for spec in free {
            guard let expression = spec.defaultValue else { continue }
            let value: Matrix
            do { value = try constants.constantValue(expression) } catch {
                throw .rubric("the default of parameter '\(spec.name)' cannot be evaluated: \(error.message)")
            }
            guard let oriented = Self.oriented(value, as: spec) else {
                throw .rubric("the default of parameter '\(spec.name)' is \(value.shapeDescription), but its shape is \(Self.shapeText(spec))")
            }
            defaults[spec.name] = oriented
        }
        var fixed: [String: Matrix] = [:]
        for spec in constantsModel.params {
            guard let expression = spec.value, let value = try? constants.constantValue(expression) else { continue }
            fixed[spec.name] = value
        }
        for state in model.states where fixed["\(state.name)0"] == nil {
            if let value = try? constants.constantValue(state.initial) { fixed["\(state.name)0"] = value }
        }
        self.defaults = defaults
        self.fixed = fixed
    }

    /// The free parameters' values from the student's `parameters`. Throws a
    /// ``DesignError/submission(_:)`` naming every missing, extra, misshapen or contradicting one.
    func resolve(_ parameters: [String: Matrix]) throws(DesignError) -> [String: Matrix] {
        let names = free.map(\.name)
        var problems: [String] = []
        let missing = names.filter { parameters[$0] == nil && defaults[$0] == nil }
        if !missing.isEmpty {
            problems.append("give a value for \(Self.list(missing))")
        }
        let extra = parameters.keys.filter { !names.contains($0) && fixed[$0] == nil }.sorted()
        if !extra.isEmpty {
            problems.append("\(Self.list(extra)) \(extra.count == 1 ? "is not a parameter" : "are not parameters") you choose here "
                            + "(you choose \(Self.list(names)))")
        }
        for name in parameters.keys.sorted() where !names.contains(name) {
            guard let value = parameters[name], let wanted = fixed[name], !Self.equal(value, wanted) else { continue }
            problems.append("'\(name)' is fixed by the question at \(ValueFormatting.matrix(wanted)); leave it out or give that value")
        }
        var resolved: [String: Matrix] = [:]
        for spec in free {
            guard let value = parameters[spec.name] else {
                if let value = defaults[spec.name] { resolved[spec.name] = value }
                continue
            }
            if let oriented = Self.oriented(value, as: spec) {
                resolved[spec.name] = oriented
            } else {
                let (rows, cols) = spec.shape ?? (1, 1)
                let wanted = rows == 1 && cols == 1 ? "a number" : "a \(rows)×\(cols) matrix"
                problems.append("\(spec.name) must be \(wanted), not \(value.isScalar ? "a number" : "a \(value.shapeDescription) matrix")")
            }
        }
        if !problems.isEmpty { throw .submission(problems.joined(separator: "; ")) }
        return resolved
    }

    /// `value` in `spec`'s shape: as it is, or transposed when it is a vector written the other way round.
    private static func oriented(_ value: Matrix, as spec: ParamSpec) -> Matrix? {
        let (rows, cols) = spec.shape ?? (1, 1)
        if value.rows == rows && value.cols == cols { return value }
        if value.isVector && value.rows == cols && value.cols == rows { return value.transposed }
        return nil
    }

    /// Whether a given value repeats a fixed one: same shape (either orientation for vectors)
    /// and equal entries, exactly when both are exact, else within one part in 10¹².
    private static func equal(_ given: Matrix, _ fixed: Matrix) -> Bool {
        let value = given.rows == fixed.rows && given.cols == fixed.cols ? given
            : (given.isVector && given.rows == fixed.cols && given.cols == fixed.rows ? given.transposed : nil)
        guard let value else { return false }
        return zip(value.elements, fixed.elements).allSatisfy { a, b in
            if case .exact(let x) = a, case .exact(let y) = b { return x == y }
            return abs(a.doubleValue - b.doubleValue) <= 1e-12 * max(1, abs(b.doubleValue))
        }
    }

    private static func shapeText(_ spec: ParamSpec) -> String {
        let (rows, cols) = spec.shape ?? (1, 1)
        return "\(rows)×\(cols)"
    }

    private static func list(_ names: [String]) -> String {
        names.map { "'\($0)'" }.joined(separator: ", ")
    }
}
