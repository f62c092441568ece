import RNNExpr
import RNNMath
import RNNSolver

extension StepCompiler {
    /// A call whose argument changes with time: a registered function (``MatrixFunction``, the
    /// model's own activations included), computed by the same entry as in the solver's graph,
    /// or `transpose`.
    func call(_ name: String, _ arguments: [Expr.Argument], range: SourceRange) throws(SolverError) -> CompiledExpr {
        guard arguments.count == 1, arguments[0].label == nil else {
            throw SolverError("design checking evaluates \(name)(…) with one argument when it changes with time", range: range)
        }
        let argument = try compile(arguments[0].value).function
        let function = try elementFunction(name, range: range)
        return .dynamic { frame throws(SolverError) in
            let value = try argument(frame)
            do throws(MathError) { return try function(value) } catch { throw SolverError(error, at: range) }
        }
    }

    /// The function `name` stands for, with the model's activation settings.
    private func elementFunction(_ name: String, range: SourceRange) throws(SolverError) -> @Sendable (Matrix) throws(MathError) -> Matrix {
        if let function = try run.matrixFunction(name, range: range) { return function.apply }
        if name == "transpose" { return { $0.transposed } }
        let known = (MatrixFunction.registry.map(\.name) + ["transpose"]).joined(separator: ", ")
        throw SolverError("design checking cannot evaluate \(name)(…) on a quantity that changes with time; "
                          + "use \(known) or the model's activations", range: range)
    }
}
