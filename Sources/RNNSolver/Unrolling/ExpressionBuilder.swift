import RNNExpr
import RNNMath

/// Builds graph nodes for an expression inside a ``ModelRun``, at a time step (inside an
/// equation or `sum_t`) or outside any step (quantities, asks, constants).
package struct ExpressionBuilder {
    let run: ModelRun
    /// The current step t, or nil outside the recurrence.
    let step: Int?

    /// A builder adding nodes to `run`'s graph at `step` (nil: outside the steps).
    package init(run: ModelRun, step: Int?) {
        self.run = run
        self.step = step
    }

    var graph: Graph { run.graph }

    /// The node computing `expression`.
    package func build(_ expression: Expr) throws(SolverError) -> NodeID {
        let range = expression.range
        switch expression.kind {
        case .number(let literal):
            guard let value = Rational.parse(literal) else {
                throw SolverError("the number \(literal) is too large to compute with exactly", range: range)
            }
            return graph.constant(.scalar(.exact(value)), label: literal)
        case .name(let name):
            return try buildName(name, range: range)
        case .index(let base, let indices):
            return try buildIndex(base, indices, range: range)
        case .call(let name, let arguments):
            return try FunctionCall(builder: self, name: name, arguments: arguments, range: range).build()
        case .unary(let op, let operand):
            let value = try build(operand)
            return op == .negate ? try wrap(range) { () throws(GraphError) in try graph.negate(value) } : value
        case .binary(let op, let left, let right):
            return try buildBinary(op, left, right, range: range)
        case .transpose(let operand):
            let value = try build(operand)
            return try wrap(range) { () throws(GraphError) in try graph.transpose(value) }
        case .matrix(let rows):
            return try MatrixLiteral(builder: self, rows: rows, range: range).build()
        case .sumOverTime(let body):
            guard step == nil else {
                throw SolverError("sum_t cannot be used inside an equation or another sum_t", range: range)
            }
            guard run.steps > 0 else { throw SolverError("sum_t needs a model with at least one step", range: range) }
            var total = try ExpressionBuilder(run: run, step: 1).build(body)
            for t in stride(from: 2, through: run.steps, by: 1) {
                let term = try ExpressionBuilder(run: run, step: t).build(body)
                let sum = total
                total = try wrap(range) { () throws(GraphError) in try graph.add(sum, term) }
            }
            return total
        case .slice:
            throw SolverError("a slice such as 1:3 can only be an index of a subscript, as in a[1:3]", range: range)
        }
    }

    /// Runs a graph operation, turning its failure, or a result beyond the floating-point
    /// range, into a located solver error.
    func wrap(_ range: SourceRange, _ operation: () throws(GraphError) -> NodeID) throws(SolverError) -> NodeID {
        let node: NodeID
        do { node = try operation() } catch { throw SolverError(error, at: range) }
        try SolverError.requireFinite(graph.value(node), from: graph.op(node), range: range)
        return node
    }

    private func buildName(_ name: String, range: SourceRange) throws(SolverError) -> NodeID {
        switch name {
        case "t":
            guard let step else { throw SolverError("t is only defined inside an equation or sum_t", range: range) }
            return graph.constant(.scalar(.exact(Rational(step - run.timeShift))), label: "t")
        case "T":
            return graph.constant(.scalar(.exact(Rational(run.steps))), label: "T")
        default:
            if let leaf = try run.parameter(name, context: step.map { "t=\($0)" } ?? "", range: range) { return leaf }
            if run.model.quantities.contains(where: { $0.name == name }) { return try run.quantity(name, range: range) }
            if run.isTimeIndexed(name) {
                throw SolverError("'\(name)' changes with time: write \(name)[t] or \(name)[2]", range: range)
            }
            throw SolverError("'\(name)' is not defined in model '\(run.model.id)'", range: range)
        }
    }

    /// `h[t-1]` (a time step of a time-indexed quantity) or a numpy subscript of any other value
    /// (``ArraySubscript``).
    private func buildIndex(_ base: Expr, _ indices: [Expr], range: SourceRange) throws(SolverError) -> NodeID {
        guard case .name(let name) = base.kind, run.isTimeIndexed(name) else {
            return try ArraySubscript(builder: self, range: range).build(try build(base), indices)
        }
        if indices.contains(where: { if case .slice = $0.kind { true } else { false } }) {
            throw SolverError("'\(name)' changes with time: give the step first, as in \(name)[t][…]", range: range)
        }
        guard indices.count == 1 else {
            throw SolverError("\(name) takes one time index", range: range)
        }
        let index = try integer(indices[0]) + run.timeShift
        let node = try run.node(name, at: index, range: range)
        if run.detachRecurrence, let step, index < step {
            return graph.constant(graph.value(node), label: run.stepLabel(name, index) + " (held fixed)")
        }
        return node
    }

    /// The value of an integer-valued expression such as a time index `t-1`; `what` names it
    /// in the error when it is not a whole number.
    func integer(_ expression: Expr, what: String = "a time index") throws(SolverError) -> Int {
        let value = graph.value(try build(expression))
        guard value.isScalar, case .exact(let rational) = value.elements[0], rational.isInteger,
              let integer = Int(exactly: rational.numerator) else {
            throw SolverError("\(what) must be a whole number", range: expression.range)
        }
        return integer
    }

    private func buildBinary(_ op: BinaryOperator, _ left: Expr, _ right: Expr, range: SourceRange) throws(SolverError) -> NodeID {
        let operation: (NodeID, NodeID) throws(GraphError) -> NodeID
        switch op {
        case .power: return try buildPower(left, right, range: range)
        case .add: operation = graph.add
        case .subtract: operation = graph.subtract
        case .multiply, .matmul: operation = graph.matmul
        case .elementwise: operation = graph.hadamard
        case .divide: operation = graph.divide
        }
        let a = try build(left)
        let b = try build(right)
        return try wrap(range) { () throws(GraphError) in try operation(a, b) }
    }

    /// `a^n`: elementwise for a scalar or a vector (`(yhat[t] - y[t])^2`), the matrix power of
    /// a square matrix; any other matrix is an error. A non-integer exponent (scalars only) goes
    /// through exp and log.
    private func buildPower(_ left: Expr, _ right: Expr, range: SourceRange) throws(SolverError) -> NodeID {
        let base = try build(left)
        let exponentNode = try build(right)
        let exponent = graph.value(exponentNode)
        let baseValue = graph.value(base)
        guard exponent.isScalar else {
            throw SolverError("the exponent must be a number, not a \(exponent.shapeDescription) matrix", range: right.range)
        }
        if case .exact(let n) = exponent.elements[0], n.isInteger, let power = Int(exactly: n.numerator) {
            if baseValue.isVector {
                return try wrap(range) { () throws(GraphError) in try graph.power(base, power) }
            }
            guard baseValue.isSquare else {
                throw SolverError(MathError.notSquare(operation: "the matrix power \(left)^\(right)", shape: baseValue.shapeDescription),
                                  at: range)
            }
            return try wrap(range) { () throws(GraphError) in try graph.matrixPower(base, power) }
        }
        guard baseValue.isScalar else {
            throw SolverError("a matrix can only be raised to a whole-number power", range: range)
        }
        return try wrap(range) { () throws(GraphError) in
            try graph.apply(.exp, try graph.matmul(exponentNode, try graph.apply(.log, base)))
        }
    }
}
