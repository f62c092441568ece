import RNNExpr
import RNNMath
import RNNRubric

extension ModelRun {
    /// The registered function a call `name(…)` applies in this model: the model's own
    /// activation (`<activation name="phi" function="step" threshold="1/2"/>`, with its step
    /// threshold and strictness) or the built-in entry of that name; nil for functions that are
    /// not registered (calculus, linear algebra, question helpers).
    ///
    /// The solver's graph and the design checker both resolve calls here, so a model's
    /// activation means the same in a key and in a design check.
    package func matrixFunction(_ name: String, range: SourceRange) throws(SolverError) -> MatrixFunction? {
        guard let activation = activation(name) else { return MatrixFunction.named(name) }
        guard let function = MatrixFunction.named(activation.function.rawValue) else {
            throw SolverError("the activation \(name) names the unknown function \(activation.function.rawValue)", range: range)
        }
        guard function.name == MatrixFunction.step.name else { return function }
        var threshold = Scalar.zero
        if let located = activation.threshold {
            let value = try constantValue(located)
            guard value.isScalar else { throw SolverError("a step threshold must be a number", range: range) }
            threshold = value.elements[0]
        }
        return .stepFunction(threshold: threshold, strict: activation.strict)
    }
}
