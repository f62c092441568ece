import RNNExpr
import RNNMath

extension FunctionCall {
    /// The question helpers: parameter counts, clipping, schedules and gradient bounds.
    func questionFunction() throws -> Matrix {
        throw SolverError("\(name) is not available in this build yet", range: range)
    }
}
