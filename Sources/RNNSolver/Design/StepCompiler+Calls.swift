import RNNExpr
import RNNMath

extension StepCompiler {
    /// A call whose argument changes with time: the model's own activations and the built-in
    /// activations and elementwise functions, each computed as the graph primitive computes it.
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
        var function = name
        var threshold = Scalar.zero
        var strict = false   // the built-in step is z ≥ 0, as in ExpressionBuilder
        if let activation = run.activation(name) {
            function = activation.function.rawValue
            strict = activation.strict
            if let located = activation.threshold {
                let value = try run.constantValue(located)
                guard value.isScalar else { throw SolverError("a step threshold must be a number", range: range) }
                threshold = value.elements[0]
            }
        }
        switch function {
        case "identity": return { $0 }
        case "sigmoid", "sigma", "σ": return { x throws(MathError) in try x.map { (s: Scalar) throws(MathError) in try s.sigmoid() } }
        case "tanh": return { x throws(MathError) in try x.map { (s: Scalar) throws(MathError) in try s.tanh() } }
        case "exp": return { x throws(MathError) in try x.map { (s: Scalar) throws(MathError) in try s.exp() } }
        case "log": return { x throws(MathError) in try x.map { (s: Scalar) throws(MathError) in try s.log() } }
        case "relu": return { x throws(MathError) in try x.map { (s: Scalar) throws(MathError) in Scalar.zero.isLess(than: s) ? s : .zero } }
        case "transpose": return { $0.transposed }
        case "step":
            let (threshold, strict) = (threshold, strict)
            return { x throws(MathError) in
                try x.map { (s: Scalar) throws(MathError) in
                    (strict ? threshold.isLess(than: s) : !s.isLess(than: threshold)) ? .one : .zero
                }
            }
        case "softmax":
            return { x throws(MathError) in
                let graph = Graph()
                do throws(GraphError) { return graph.value(try graph.softmax(graph.constant(x, label: "z"))) } catch {
                    switch error {
                    case .operation(_, let inner): throw inner
                    case .nonScalarOutput: throw .domain(operation: "softmax", detail: error.description)
                    }
                }
            }
        default:
            throw SolverError("design checking cannot evaluate \(name)(…) on a quantity that changes with time; "
                              + "use identity, sigmoid, tanh, relu, step, softmax, exp, log or the model's activations", range: range)
        }
    }
}
