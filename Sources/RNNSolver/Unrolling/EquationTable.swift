import RNNExpr
import RNNRubric

/// A model's equations by the name they define: the general `name[t] = …` form and any
/// step-specific overrides such as `y[1] = …`.
package struct EquationTable {
    private var general: [String: Located<Equation>] = [:]
    private var specific: [String: [Int: Located<Equation>]] = [:]

    /// The table of `equations`; throws when a left side has no time index, or one that is
    /// neither `t` nor a step number ≥ 1.
    package init(_ equations: [Located<Equation>]) throws(SolverError) {
        for located in equations {
            let equation = located.value
            guard let index = equation.index else {
                throw SolverError("the equation for '\(equation.name)' needs a time index on its left side, as in \(equation.name)[t] = …",
                                  range: equation.nameRange)
            }
            switch index.kind {
            case .name("t"):
                general[equation.name] = located
            case .number(let literal):
                guard let step = Int(literal), step >= 1 else {
                    throw SolverError("an equation can be given for a step t ≥ 1, not \(literal)", range: index.range)
                }
                specific[equation.name, default: [:]][step] = located
            default:
                throw SolverError("the left side's time index must be t or a step number, as in \(equation.name)[t] or \(equation.name)[1]",
                                  range: index.range)
            }
        }
    }

    /// The equation that defines `name` at `step`, preferring a step-specific one.
    package func equation(for name: String, at step: Int) -> Equation? {
        locatedEquation(for: name, at: step)?.value
    }

    /// `equation(for:at:)` with where it is written in the rubric, for locating its errors.
    func locatedEquation(for name: String, at step: Int) -> Located<Equation>? {
        specific[name]?[step] ?? general[name]
    }

    /// Whether some equation defines `name`.
    package func defines(_ name: String) -> Bool { general[name] != nil || specific[name] != nil }
}
