import RNNExpr
import RNNMath
import RNNSolver

/// Compiles the right side of one equation into a ``CompiledExpr`` with the meaning
/// ``ExpressionBuilder`` gives it, evaluated on values instead of graph nodes.
///
/// Subexpressions that do not change with time (parameters, literals, `[1, -1]'`) are folded
/// once by ``ExpressionBuilder`` itself; only the parts that read a time-indexed quantity or `t`
/// are compiled into closures.
struct StepCompiler {
    /// A run of the model with no steps: parameter values, initial states, constant folding.
    let run: ModelRun
    let layout: SlotLayout
    /// The step of a step-specific equation (`y[1] = …`), or nil for `name[t] = …`.
    let equationStep: Int?

    func compile(_ expression: Expr) throws(SolverError) -> CompiledExpr {
        let range = expression.range
        if case .name("T") = expression.kind {
            throw SolverError("T is not known in a design part: the network runs on sequences of every length", range: range)
        }
        guard changesWithTime(expression) else { return .constant(try fold(expression)) }
        switch expression.kind {
        case .name(let name):
            throw SolverError("'\(name)' changes with time: write \(name)[t] or \(name)[t-1]", range: range)
        case .index(let base, let indices):
            return try reference(base, indices, range: range)
        case .call(let name, let arguments):
            return try call(name, arguments, range: range)
        case .unary(let op, let operand):
            let value = try compile(operand).function
            return op == .negate ? .dynamic { frame throws(SolverError) in try value(frame).negated } : .dynamic(value)
        case .binary(let op, let left, let right):
            return try binary(op, left, right, range: range)
        case .transpose(let operand):
            let value = try compile(operand).function
            return .dynamic { frame throws(SolverError) in try value(frame).transposed }
        case .matrix(let rows):
            return try matrix(rows, range: range)
        case .number:
            return .constant(try fold(expression))
        case .sumOverTime:
            throw SolverError("sum_t cannot be used inside an equation", range: range)
        case .slice:
            throw SolverError("a slice such as 1:3 can only be used in a subscript of a value that does not change with time", range: range)
        }
    }

    /// The value of an expression that does not change with time, as ``ExpressionBuilder`` computes it.
    private func fold(_ expression: Expr) throws(SolverError) -> Matrix {
        run.graph.value(try ExpressionBuilder(run: run, step: nil).build(expression))
    }

    /// Whether `expression` reads a time-indexed quantity.
    private func changesWithTime(_ expression: Expr) -> Bool {
        switch expression.kind {
        case .name(let name): run.isTimeIndexed(name)
        default: expression.children.contains(where: changesWithTime)
        }
    }

    /// `h[t-1]`, `x[t]`, `h[0]`: a slot read from the frame, or a state's initial value.
    private func reference(_ base: Expr, _ indices: [Expr], range: SourceRange) throws(SolverError) -> CompiledExpr {
        guard case .name(let name) = base.kind, indices.count == 1 else {
            throw SolverError("only time-indexed quantities take an index here, one index each (as in h[t-1])", range: range)
        }
        let label = "\(name)[\(indices[0])]"
        switch try TimeReference(index: indices[0], equationStep: equationStep, name: name) {
        case .initial:
            return .constant(run.graph.value(try run.node(name, at: 0, range: range)))
        case .back(let k):
            guard let slot = layout.slots[name] else {
                throw SolverError("'\(name)' is not a time-indexed quantity of model '\(run.model.id)'", range: range)
            }
            if k == 0 {
                return .dynamic { frame throws(SolverError) in
                    guard let value = frame.current[slot] else {
                        throw SolverError("\(label) is needed before it is computed", range: range)
                    }
                    return value
                }
            }
            let position = layout.historyBase[slot] + k - 1
            return .dynamic { frame throws(SolverError) in
                guard let value = frame.history[position] else {
                    throw SolverError("\(label) is read before the first step", range: range)
                }
                return value
            }
        }
    }

    private func binary(_ op: BinaryOperator, _ left: Expr, _ right: Expr, range: SourceRange) throws(SolverError) -> CompiledExpr {
        let a = try compile(left).function
        if op == .power {
            guard case .constant(let exponent) = try compile(right), exponent.isScalar,
                  case .exact(let n) = exponent.elements[0], n.isInteger, let power = Int(exactly: n.numerator) else {
                throw SolverError("design checking needs a whole-number exponent that does not change with time", range: right.range)
            }
            return .dynamic { frame throws(SolverError) in
                let base = try a(frame)
                do throws(MathError) {
                    return base.isSquare && !base.isScalar ? try base.power(power)
                        : try base.map { (s: Scalar) throws(MathError) in try s.power(power) }
                } catch { throw SolverError(error, at: range) }
            }
        }
        let b = try compile(right).function
        let operation: @Sendable (Matrix, Matrix) throws(MathError) -> Matrix = switch op {
        case .add: { x, y throws(MathError) in try x.adding(y) }
        case .subtract: { x, y throws(MathError) in try x.subtracting(y) }
        case .multiply, .matmul, .power: { x, y throws(MathError) in try x.matmul(y) }
        case .elementwise: { x, y throws(MathError) in try x.hadamard(y) }
        case .divide: { x, y throws(MathError) in try x.dividingElementwise(by: y) }
        }
        return .dynamic { frame throws(SolverError) in
            let (x, y) = (try a(frame), try b(frame))
            do throws(MathError) { return try operation(x, y) } catch { throw SolverError(error, at: range) }
        }
    }

    private func matrix(_ rows: [[Expr]], range: SourceRange) throws(SolverError) -> CompiledExpr {
        var entries: [[(Expr, StepFunction)]] = []
        for row in rows {
            var compiled: [(Expr, StepFunction)] = []
            for entry in row { compiled.append((entry, try compile(entry).function)) }
            entries.append(compiled)
        }
        let rowsOfEntries = entries
        return .dynamic { frame throws(SolverError) in
            var values: [[Scalar]] = []
            for row in rowsOfEntries {
                var scalars: [Scalar] = []
                for (entry, function) in row {
                    let value = try function(frame)
                    guard value.isScalar else {
                        throw SolverError("a matrix entry must be a number, not a \(value.shapeDescription) matrix", range: entry.range)
                    }
                    scalars.append(value.elements[0])
                }
                values.append(scalars)
            }
            do throws(MathError) { return try Matrix(values) } catch { throw SolverError(error, at: range) }
        }
    }
}
