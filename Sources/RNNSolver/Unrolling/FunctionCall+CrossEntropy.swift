import RNNExpr
import RNNMath

extension FunctionCall {
    /// `cross_entropy(scores, targets, mask)`: CS231n's `temporal_softmax_loss` for one time
    /// step, `−(1/N) Σₙ maskₙ · log_softmax(scoresₙ)[targetₙ]`, where the N examples are the rows
    /// of `scores` (an n×1 column is one example) and `targets` holds one whole-number class per
    /// example (0-based). The mask (one weight per example, 0 or 1 for padding) defaults to ones.
    /// Summed over time, `sum_t cross_entropy(scores[t], y[:, t-1], mask[:, t-1])` is the course's
    /// loss over an (N, T, V) batch, which also divides by N only.
    ///
    /// Built from `log_softmax`, `gather`, `⊙` and `sum`, so the gradient reaches the scores.
    func crossEntropy() throws(SolverError) -> NodeID {
        let scores = try builder.build(try argument(0))
        let value = graph.value(scores)
        let isColumn = value.cols == 1 && value.rows > 1
        let (examples, classes) = isColumn ? (1, value.rows) : (value.rows, value.cols)
        let targets = try targetClasses(argument(1), count: examples, classes: classes)
        let logProbabilities = try builder.wrap(range) { () throws(GraphError) in try graph.apply(.logSoftmax, scores) }
        let offsets = targets.enumerated().map { n, target in isColumn ? target : n * classes + target }
        var picked = try builder.wrap(range) { () throws(GraphError) in
            try graph.gather(logProbabilities, offsets: offsets, rows: 1, cols: examples)
        }
        if arguments.filter({ $0.label == nil }).count > 2 {
            let maskExpression = try argument(2)
            var mask = try builder.build(maskExpression)
            let maskValue = graph.value(mask)
            guard maskValue.isVector, maskValue.count == examples else {
                throw SolverError("the mask needs one weight per example (\(examples)), not a \(maskValue.shapeDescription) matrix", range: maskExpression.range)
            }
            if maskValue.rows > 1 {
                let column = mask
                mask = try builder.wrap(range) { () throws(GraphError) in try graph.transpose(column) }
            }
            let (terms, weights) = (picked, mask)
            picked = try builder.wrap(range) { () throws(GraphError) in try graph.hadamard(terms, weights) }
        }
        let total = picked
        let divisor = graph.constant(.scalar(Scalar(-examples)), label: "-\(examples)")
        return try builder.wrap(range) { () throws(GraphError) in try graph.divide(try graph.sum(total), divisor) }
    }

    /// The whole-number classes in `expression`: one per example, each in 0..<classes.
    private func targetClasses(_ expression: Expr, count: Int, classes: Int) throws(SolverError) -> [Int] {
        let value = graph.value(try builder.build(expression))
        guard value.isVector, value.count == count else {
            throw SolverError("cross_entropy needs one target class per example (\(count)), not a \(value.shapeDescription) matrix", range: expression.range)
        }
        var targets: [Int] = []
        for element in value.elements {
            guard case .exact(let rational) = element, rational.isInteger, let target = Int(exactly: rational.numerator),
                  (0..<classes).contains(target) else {
                throw SolverError("a target class must be a whole number from 0 to \(classes - 1), not \(element)", range: expression.range)
            }
            targets.append(target)
        }
        return targets
    }
}
