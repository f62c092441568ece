import RNNExpr
import RNNRubric
import RNNSolver

/// Which of a model's time-indexed quantities the output needs, how far back each is read,
/// and the order that computes every quantity after those it reads at the same step.
struct EquationPlan {
    /// The quantities defined by equations that the output depends on, in evaluation order.
    private(set) var order: [String] = []
    /// Per quantity (input included): the largest k it is read at as `name[t-k]`.
    private(set) var lookback: [String: Int] = [:]
    /// One more than the last step with a step-specific equation (1 when there is none).
    let phaseCount: Int

    init(model: ModelSpec, table: EquationTable, run: ModelRun, input: String, output: String) throws(SolverError) {
        guard table.defines(output) else {
            throw SolverError("model '\(model.id)' has no equation \(output)[t] = … for the output '\(output)'")
        }
        let specificSteps = model.equations.compactMap { located -> Int? in
            guard case .number(let literal) = located.value.index?.kind else { return nil }
            return Int(literal)
        }
        phaseCount = (specificSteps.max() ?? 0) + 1
        var sameStep: [String: Set<String>] = [:]
        var pending = [output]
        var seen: Set<String> = [output]
        while let name = pending.popLast() {
            guard name != input else { continue }
            guard table.defines(name) else {
                throw SolverError("model '\(model.id)' reads \(name)[…] but has no equation \(name)[t] = …")
            }
            for phase in 1...phaseCount {
                guard let equation = table.equation(for: name, at: phase) else { continue }
                for (referenced, reference) in try Self.references(in: equation.right, step: isSpecific(equation) ? phase : nil, run: run) {
                    guard case .back(let k) = reference else { continue }
                    if k == 0 { sameStep[name, default: []].insert(referenced) }
                    lookback[referenced] = max(lookback[referenced] ?? 0, k)
                    if seen.insert(referenced).inserted { pending.append(referenced) }
                }
            }
        }
        let defined = model.equations.map(\.value.name).filter { seen.contains($0) && $0 != input }
        try orderByDependency(defined, sameStep: sameStep)
    }

    /// Whether `equation` is a step-specific one (`y[1] = …`).
    func isSpecific(_ equation: Equation) -> Bool {
        if case .name("t") = equation.index?.kind { false } else { true }
    }

    /// Orders `names` (document order first) so each comes after what it reads at the same step.
    private mutating func orderByDependency(_ names: [String], sameStep: [String: Set<String>]) throws(SolverError) {
        var state: [String: Bool] = [:]   // false: in progress, true: placed
        for root in names where state[root] == nil {
            var stack: [(name: String, expanded: Bool)] = [(root, false)]
            while let (name, expanded) = stack.popLast() {
                if expanded { state[name] = true; order.append(name); continue }
                if state[name] == true { continue }
                if state[name] == false {
                    throw SolverError("\(name)[t] depends on itself at the same step; an equation may use earlier steps (t-1) only")
                }
                state[name] = false
                stack.append((name, true))
                for dependency in names where sameStep[name]?.contains(dependency) == true && state[dependency] != true {
                    if state[dependency] == false {
                        throw SolverError("\(name)[t] and \(dependency)[t] depend on each other at the same step")
                    }
                    stack.append((dependency, false))
                }
            }
        }
    }

    /// The time-indexed quantities `expression` reads, with where each reference points.
    private static func references(in expression: Expr, step: Int?, run: ModelRun) throws(SolverError) -> [(String, TimeReference)] {
        if case .index(let base, let indices) = expression.kind, case .name(let name) = base.kind,
           run.isTimeIndexed(name), indices.count == 1 {
            return [(name, try TimeReference(index: indices[0], equationStep: step, name: name))]
        }
        var found: [(String, TimeReference)] = []
        for child in expression.children { found += try references(in: child, step: step, run: run) }
        return found
    }

}
