extension ExpressionParser {
    /// `unary := ('-' | '+' | '−') unary | 'sum_t' unary | power`.
    ///
    /// Prefix operators bind looser than `^` (`-x^2` is `-(x^2)`) and tighter than `*`
    /// (`sum_t (a - b)^2 + c` is `(sum_t (a - b)^2) + c`). Every nested construct passes
    /// through here, so this is where nesting depth is counted.
    mutating func parseUnary(_ context: Context) throws(ExpressionError) -> Expr {
        try enterNesting()
        defer { leaveNesting() }
        let start = current
        switch start.kind {
        case .plus, .minus:
            advance()
            let operand = try parseUnary(context)
            let op: UnaryOperator = start.kind == .minus ? .negate : .plus
            return try node(.unary(op, operand), start.range.union(operand.range))
        case .name where start.text == "sum_t":
            advance()
            let operand = try parseUnary(context)
            return try node(.sumOverTime(operand), start.range.union(operand.range))
        default:
            return try parsePower(context)
        }
    }
}
