extension ExpressionParser {
    /// `primary := number | name | name '(' args ')' | '(' expr ')' | matrix`.
    mutating func parsePrimary(_ context: Context) throws(ExpressionError) -> Expr {
        let start = current
        switch start.kind {
        case .number:
            advance()
            return try node(.number(start.text), start.range)
        case .name:
            advance()
            if current.kind == .leftParen, !(context == .matrixRow && current.followsWhitespace) {
                return try parseCall(name: start)
            }
            return try node(.name(start.text), start.range)
        case .leftParen:
            advance()
            let inner = try parseSum(.free)
            let close = try expect(.rightParen, "expected ')'")
            return try node(inner.kind, start.range.union(close.range))
        case .leftBracket:
            return try parseMatrix()
        default:
            throw unexpected("expected an expression")
        }
    }

    /// `name '(' (arg (',' arg)*)? ')'` with `arg := (name '=')? expr`; the name is read.
    private mutating func parseCall(name: Token) throws(ExpressionError) -> Expr {
        advance()
        var arguments: [Expr.Argument] = []
        if current.kind != .rightParen {
            arguments.append(try parseArgument())
            while current.kind == .comma {
                advance()
                arguments.append(try parseArgument())
            }
        }
        let close = try expect(.rightParen, "expected ',' or ')'")
        return try node(.call(name: name.text, arguments: arguments), name.range.union(close.range))
    }

    private mutating func parseArgument() throws(ExpressionError) -> Expr.Argument {
        let start = current
        var label: String?
        if start.kind == .name, following.kind == .equals {
            label = start.text
            advance()
            advance()
        }
        let value = try parseSum(.free)
        return Expr.Argument(label: label, value: value, range: start.range.union(value.range))
    }
}
