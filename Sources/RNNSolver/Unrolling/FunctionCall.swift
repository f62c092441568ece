import RNNExpr
import RNNMath
import RNNRubric

/// A call `f(args)` inside an expression: activations and elementwise functions become graph
/// operations (so gradients pass through them); calculus, linear algebra and question helpers
/// are evaluated on their arguments' values and enter the graph as constants.
struct FunctionCall {
    let builder: ExpressionBuilder
    let name: String
    let arguments: [Expr.Argument]
    let range: SourceRange

    var graph: Graph { builder.graph }

    func build() throws(SolverError) -> NodeID {
        if let activation = builder.run.activation(name) {
            return try activate(function: activation.function.rawValue, argument(0),
                                threshold: activation.threshold, strict: activation.strict)
        }
        switch name {
        case "identity", "sigmoid", "sigma", "σ", "tanh", "relu", "softmax":
            return try activate(function: name, argument(0), threshold: nil, strict: false)
        case "step":
            // z ≥ 0, the same default as <activation function="step">.
            return try activate(function: "step", argument(0), threshold: nil, strict: false)
        case "exp": return try op { x throws(GraphError) in try graph.exp(x) }
        case "log": return try op { x throws(GraphError) in try graph.log(x) }
        case "sqrt": return try squareRoot()
        case "abs": return try op { x throws(GraphError) in try graph.add(try graph.relu(x), try graph.relu(try graph.negate(x))) }
        case "dsigmoid":
            return try op { x throws(GraphError) in
                let s = try graph.sigmoid(x)
                return try graph.hadamard(s, try graph.subtract(graph.constant(.scalar(.one), label: "1"), s))
            }
        case "dtanh":
            return try op { x throws(GraphError) in
                let t = try graph.tanh(x)
                return try graph.subtract(graph.constant(.scalar(.one), label: "1"), try graph.hadamard(t, t))
            }
        case "max", "min": return try extremum(max: name == "max")
        case "transpose": return try op { x throws(GraphError) in try graph.transpose(x) }
        case "grad", "partial":
            return graph.constant(try Calculus(builder: builder, range: range)
                .gradient(of: argument(0), withRespectTo: argument(1), immediateOnly: name == "partial"), label: name)
        case "jacobian":
            return graph.constant(try Calculus(builder: builder, range: range)
                .jacobian(of: argument(0), withRespectTo: argument(1)), label: name)
        default:
            // Evaluated outside the graph: a gradient through it is an error, not a silent zero.
            let value = try valueFunction()
            // Its parents are the arguments that are expressions (not `lstm` or `fro`); valueFunction
            // has already reported any argument that is wrong.
            let parents = arguments.filter { $0.label == nil }.compactMap { try? builder.build($0.value) }
            try SolverError.requireFinite(value, from: name, range: range)
            return try builder.wrap(range) { () throws(GraphError) in try graph.opaque(name, value: value, parents: parents) }
        }
    }

    /// The `i`-th positional argument's expression.
    func argument(_ i: Int) throws(SolverError) -> Expr {
        let positional = arguments.filter { $0.label == nil }
        guard i < positional.count else { throw SolverError("\(name) needs \(i + 1) argument\(i == 0 ? "" : "s")", range: range) }
        return positional[i].value
    }

    /// The value of the `i`-th positional argument.
    func value(_ i: Int) throws(SolverError) -> Matrix {
        graph.value(try builder.build(try argument(i)))
    }

    private func op(_ body: (NodeID) throws(GraphError) -> NodeID) throws(SolverError) -> NodeID {
        let x = try builder.build(try argument(0))
        return try builder.wrap(range) { () throws(GraphError) in try body(x) }
    }

    private func activate(function: String, _ argument: Expr, threshold: Located<Expr>?, strict: Bool)
        throws(SolverError) -> NodeID {
        let x = try builder.build(argument)
        var thresholdValue = Scalar.zero
        if let threshold {
            let value = try builder.run.constantValue(threshold)
            guard value.isScalar else { throw SolverError("a step threshold must be a number", range: range) }
            thresholdValue = value.elements[0]
        }
        return try builder.wrap(range) { () throws(GraphError) in
            switch function {
            case "sigmoid", "sigma", "σ": try graph.sigmoid(x)
            case "tanh": try graph.tanh(x)
            case "relu": try graph.relu(x)
            case "softmax": try graph.softmax(x)
            case "step": try graph.step(x, threshold: thresholdValue, strict: strict)
            default: try graph.identity(x)
            }
        }
    }

    /// √x elementwise: exact for perfect rational squares, differentiable either way.
    private func squareRoot() throws(SolverError) -> NodeID {
        try op { x throws(GraphError) in try graph.squareRoot(x) }
    }

    /// max(a, b) = a + relu(b − a); min(a, b) = a − relu(a − b); one argument: its largest
    /// (smallest) element, picked by a one-hot mask so that the gradient reaches it.
    private func extremum(max isMax: Bool) throws(SolverError) -> NodeID {
        let a = try builder.build(try argument(0))
        if arguments.count == 1 {
            let value = graph.value(a)
            guard let first = value.elements.first else { throw SolverError("\(name) of an empty matrix", range: range) }
            var best = 0
            for (index, element) in value.elements.enumerated() where index > 0 {
                if isMax ? element.doubleValue > value.elements[best].doubleValue : element.doubleValue < value.elements[best].doubleValue {
                    best = index
                }
            }
            _ = first
            var mask = Array(repeating: Scalar.zero, count: value.elements.count)
            mask[best] = .one
            let maskMatrix: Matrix
            do { maskMatrix = try Matrix(rows: value.rows, cols: value.cols, elements: mask) } catch { throw SolverError(error, at: range) }
            return try builder.wrap(range) { () throws(GraphError) in
                try graph.sum(try graph.hadamard(graph.constant(maskMatrix, label: "\(name) position"), a))
            }
        }
        let b = try builder.build(try argument(1))
        return try builder.wrap(range) { () throws(GraphError) in
            isMax ? try graph.add(a, try graph.relu(try graph.subtract(b, a)))
                  : try graph.subtract(a, try graph.relu(try graph.subtract(a, b)))
        }
    }
}
