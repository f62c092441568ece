extension ExpressionParser {
    /// `power := postfix ('^' unary)?`: right-associative (`a^b^c` is `a^(b^c)`), and the
    /// exponent may carry a sign (`2^-1`).
    mutating func parsePower(_ context: Context) throws(ExpressionError) -> Expr {
        let base = try parsePostfix(context)
        guard current.kind == .power else { return base }
        advance()
        let exponent = try parseUnary(context)
        return try node(.binary(.power, base, exponent), base.range.union(exponent.range))
    }
}
