extension ExpressionParser {
    /// `sum := term (('+' | '-') term)*`, left-associative: `a - b + c` is `(a - b) + c`.
    mutating func parseSum(_ context: Context) throws(ExpressionError) -> Expr {
        var left = try parseTerm(context)
        while let op = additiveOperator(context) {
            advance()
            let right = try parseTerm(context)
            left = try node(.binary(op, left, right), left.range.union(right.range))
        }
        return left
    }

    /// The current token as `+` or `-`, unless in a matrix row it is a sign that starts the
    /// next element (`[1 -2]`: blank before, none after).
    private func additiveOperator(_ context: Context) -> BinaryOperator? {
        let op: BinaryOperator
        switch current.kind {
        case .plus: op = .add
        case .minus: op = .subtract
        default: return nil
        }
        if context == .matrixRow, current.followsWhitespace, !following.followsWhitespace { return nil }
        return op
    }
}
