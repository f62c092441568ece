extension ExpressionParser {
    /// `postfix := primary ('[' item (',' item)* ']' | '\'' | '^T')*`: `h[t-1]`, `v'`, `W^T`,
    /// `a[:, :H]`; an item is an expression or a slice (see `parseIndexItem`).
    ///
    /// `^T` is always a transpose, never a power of the last time step. In a matrix row,
    /// `x [1]` with a blank is two elements.
    mutating func parsePostfix(_ context: Context) throws(ExpressionError) -> Expr {
        var expression = try parsePrimary(context)
        while true {
            switch current.kind {
            case .leftBracket where !(context == .matrixRow && current.followsWhitespace):
                advance()
                var indices = [try parseIndexItem()]
                while current.kind == .comma {
                    advance()
                    indices.append(try parseIndexItem())
                }
                let close = try expect(.rightBracket, "expected ',' or ']'")
                expression = try node(
                    .index(base: expression, indices: indices), expression.range.union(close.range))
            case .transpose:
                let mark = advance()
                expression = try node(.transpose(expression), expression.range.union(mark.range))
            case .power where following.kind == .name && following.text == "T":
                advance()
                let t = advance()
                expression = try node(.transpose(expression), expression.range.union(t.range))
            default:
                return expression
            }
        }
    }
}
