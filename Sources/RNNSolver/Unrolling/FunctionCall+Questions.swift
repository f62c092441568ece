import RNNExpr
import RNNMath
import RNNRubric

extension FunctionCall {
    /// The question helpers: parameter counts, clipping, schedules and gradient bounds.
    func questionFunction() throws -> Matrix {
        switch name {
        case "params":
            return .scalar(.exact(Rational(try parameterCount())))
        case "clip_norm":
            return try GradientClipping.clipByNorm(value(0), scalar(1))
        case "clip_norm_torch":
            return try GradientClipping.clipByNormTorch(value(0), scalar(1))
        case "clip_value":
            return try GradientClipping.clipByValue(value(0), scalar(1))
        case "schedule_linear":
            return .scalar(try SamplingSchedule.linear(k: scalar(1), c: scalar(2), epsilon: scalar(3)).probability(at: whole(0)))
        case "schedule_exp":
            return .scalar(try SamplingSchedule.exponential(k: scalar(1)).probability(at: whole(0)))
        case "schedule_invsigmoid":
            return .scalar(try SamplingSchedule.inverseSigmoid(k: scalar(1)).probability(at: whole(0)))
        case "pascanu_bound":
            return .scalar(try GradientBounds.pascanuBound(value(0), gamma: scalar(1), steps: whole(2)))
        case "classify_gradients":
            throw SolverError("classify_gradients gives a verdict in words; ask for it on its own, as a <choice ask=\"classify_gradients(…)\"> key", range: range)
        default:
            throw SolverError("unknown function '\(name)'", range: range)
        }
    }

    /// The `i`-th positional argument as a number.
    func scalar(_ i: Int) throws(SolverError) -> Scalar {
        let m = try value(i)
        guard m.isScalar else { throw SolverError("\(name)'s argument \(i + 1) must be a number, not a \(m.shapeDescription) matrix", range: range) }
        return m.elements[0]
    }

    /// The `i`-th positional argument as a whole number.
    func whole(_ i: Int) throws(SolverError) -> Int {
        guard case .exact(let r) = try scalar(i), r.isInteger, let n = Int(exactly: r.numerator) else {
            throw SolverError("\(name)'s argument \(i + 1) must be a whole number", range: range)
        }
        return n
    }

    /// `params(cell, input=, hidden=, …)` with the labelled arguments of the catalogue.
    private func parameterCount() throws -> Int {
        guard case .name(let cellName) = try argument(0).kind else {
            throw SolverError("params needs a cell name: elman, lstm or gru", range: range)
        }
        func label(_ key: String) -> Expr? { arguments.first { $0.label == key }?.value }
        func count(_ key: String, _ fallback: Int) throws -> Int {
            guard let expr = label(key) else { return fallback }
            let value = builder.run.graph.value(try builder.build(expr))
            guard value.isScalar, case .exact(let count) = value.elements[0], count.isInteger, count.sign >= 0,
                  let n = Int(exactly: count.numerator) else {
                throw SolverError("\(key)= must be a whole number, not \(value.isScalar ? ValueFormatting.scalar(value.elements[0]) : value.shapeDescription)", range: expr.range)
            }
            return n
        }
        func word(_ key: String, _ fallback: String) -> String {
            if let expr = label(key), case .name(let word) = expr.kind { return word }
            return fallback
        }
        let terms = try ParameterCount.terms(
            cell: CellKind.named(cellName), convention: CellConvention.named(word("convention", "pytorch")),
            input: count("input", 0), hidden: count("hidden", 0), layers: count("layers", 1),
            bidirectional: word("bidirectional", "false") == "true", bias: word("bias", "true") == "true",
            projSize: count("proj_size", 0), output: count("output", 0),
            resetAfter: word("reset_after", "true") == "true")
        for term in terms { builder.run.notes.append(WorkingLine(label: term.label, value: .scalar(.exact(Rational(term.count))))) }
        return terms.reduce(0) { $0 + $1.count }
    }
}
