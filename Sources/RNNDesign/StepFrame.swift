import RNNMath
import RNNSolver

/// The values one step of a compiled model reads: the quantities already computed at this
/// step, and the carried values of earlier steps.
final class StepFrame {
    /// Per slot: its value at this step, once computed.
    var current: [Matrix?]
    /// Per slot s and lookback k ≥ 1: the value k steps back, at `historyBase[s] + k − 1`;
    /// nil before the first step.
    let history: [Matrix?]

    init(slots: Int, history: [Matrix?]) {
        self.current = Array(repeating: nil, count: slots)
        self.history = history
    }
}

/// A compiled expression evaluated at one step.
typealias StepFunction = @Sendable (StepFrame) throws(SolverError) -> Matrix

/// A compiled expression: a value known when the model is compiled, or a function of the step.
enum CompiledExpr: Sendable {
    case constant(Matrix)
    case dynamic(StepFunction)

    /// The expression as a function of the step, whichever kind it is.
    var function: StepFunction {
        switch self {
        case .constant(let value): { _ in value }
        case .dynamic(let function): function
        }
    }
}
