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
                throw missingOperator(after: left)
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

    /// `missing operator between '2' and 'W'` with the note `write 2*W`; after a long left
    /// operand, `missing operator before '2'` with the note `write '*' for a product`.
    private func missingOperator(after left: Expr) -> ExpressionError {
        let leftText = String(source[left.range.lowerBound..<left.range.upperBound])
        guard leftText.count <= 16 else {
            return ExpressionError(
                message: "missing operator before \(current.quoted)", range: current.range,
                expected: "write '*' for a product")
        }
        let next = current.kind == .leftParen ? "(…)" : current.text
        return ExpressionError(
            message: "missing operator between '\(leftText)' and \(current.quoted)",
            range: current.range, expected: "write \(leftText)*\(next)")
    }
}
