import RNNExpr
import RNNMath
import RNNRubric

/// A call `f(args)` inside an expression: registered functions (``MatrixFunction``, and the
/// model's own activations), max/min, sum/mean, cross_entropy and trace become graph operations,
/// so gradients pass through them;
/// calculus, linear algebra and question helpers are evaluated on their arguments' values and
/// enter the graph as constants.
struct FunctionCall {
    let builder: ExpressionBuilder
    let name: String
    let arguments: [Expr.Argument]
    let range: SourceRange

    var graph: Graph { builder.graph }

    func build() throws(SolverError) -> NodeID {
        if let function = try builder.run.matrixFunction(name, range: range) {
            let x = try builder.build(try argument(0))
            let value = graph.value(x)
            if value.hasLeadingAxes, function.shape == .columnVector, let rows = MatrixFunction.named(name, along: .horizontal) {
                return try stackedVectorFunction(rows, of: x, axis: try stackedAxis(of: value) ?? value.rank - 1)
            }
            let chosen = try axis(of: value).flatMap { MatrixFunction.named(name, along: $0) } ?? function
            return try builder.wrap(range) { () throws(GraphError) in try graph.apply(chosen, x) }
        }
        switch name {
        case "max", "min":
            return labelled("axis") == nil ? try extremum(max: name == "max") : try extremumAlongAxis(max: name == "max")
        case "sum", "mean": return try reduction(mean: name == "mean")
        case "cross_entropy": return try crossEntropy()
        case "stack": return try stackOverTime()
        case "transpose":
            let x = try builder.build(try argument(0))
            return try builder.wrap(range) { () throws(GraphError) in try graph.transpose(x) }
        case "trace":
            // A graph primitive, so that a gradient passes through it (trace(Aᵀ B) is the usual
            // way to write Σ A ⊙ B, a loss whose upstream gradient is B).
            let x = try builder.build(try argument(0))
            let shape = graph.value(x)
            guard shape.isSquare else { throw SolverError("trace needs a square matrix, not \(shape.shapeDescription)", range: range) }
            return try builder.wrap(range) { () throws(GraphError) in try graph.trace(x) }
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

    /// max(a, b) = a + relu(b − a); min(a, b) = a − relu(a − b); one argument: its largest
    /// (smallest) element, taken out by the element primitive so that the gradient reaches it.
    private func extremum(max isMax: Bool) throws(SolverError) -> NodeID {
        let a = try builder.build(try argument(0))
        if arguments.count(where: { $0.label == nil }) == 1 {
            let value = graph.value(a)
            guard value.count > 0 else { throw SolverError("\(name) of an empty matrix", range: range) }
            let values = value.doubleValues
            var best = 0
            for (index, element) in values.enumerated() where index > 0 {
                if isMax ? element > values[best] : element < values[best] {
                    best = index
                }
            }
            return try builder.wrap(range) { () throws(GraphError) in
                try graph.element(a, row: best / value.cols, col: best % value.cols)
            }
        }
        let b = try builder.build(try argument(1))
        return try builder.wrap(range) { () throws(GraphError) in
            isMax ? try graph.add(a, try graph.apply(.relu, try graph.subtract(b, a)))
                  : try graph.subtract(a, try graph.apply(.relu, try graph.subtract(a, b)))
        }
    }
}
