extension ExpressionParser {
    /// `equation := name ('[' expr ']')? '=' expr`.
    mutating func parseEquation() throws(ExpressionError) -> Equation {
        let name = try expect(.name, "expected the name being defined, as in h[t] = …")
        var index: Expr?
        if current.kind == .leftBracket {
            advance()
            index = try parseSum(.free)
            try expect(.rightBracket, "expected ']'")
        }
        try expect(.equals, "expected '='")
        let right = try parseSum(.free)
        return Equation(
            name: name.text, nameRange: name.range, index: index, right: right,
            range: name.range.union(right.range))
    }
}
