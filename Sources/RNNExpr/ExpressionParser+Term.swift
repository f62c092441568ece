extension ExpressionParser {
    /// `term := unary (('*' | '@' | '/' | '⊙' | '.*') unary)*`, left-associative.
    ///
    /// An operand directly after an operand is a missing operator (`2W`, `W h`), reported with
    /// the fix; in a matrix row a blank before it starts the next element instead.
    mutating func parseTerm(_ context: Context) throws(ExpressionError) -> Expr {
        var left = try parseUnary(context)
        while true {
            if let op = multiplicativeOperator {
                advance()
                let right = try parseUnary(context)
                left = try node(.binary(op, left, right), left.range.union(right.range))
            } else if current.startsOperand, !(context == .matrixRow && current.followsWhitespace) {
                throw missingOperator()
            } else {
                return left
            }
        }
    }

    private var multiplicativeOperator: BinaryOperator? {
        switch current.kind {
        case .multiply: .multiply
        case .matmul: .matmul
        case .elementwise: .elementwise
        case .divide: .divide
        default: nil
        }
    }

    /// `missing operator between '2' and 'W'` with the note `write 2*W`.
    private func missingOperator() -> ExpressionError {
        let next = current.kind == .leftParen ? "(…)" : current.text
        return ExpressionError(
            message: "missing operator between \(previous.quoted) and \(current.quoted)",
            range: current.range, expected: "write \(previous.text)*\(next)")
    }
}
