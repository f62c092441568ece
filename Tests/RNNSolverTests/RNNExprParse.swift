import RNNExpr

/// Parses an ask for tests, as a throwing call.
enum RNNExprParse {
    static func expression(_ text: String) throws -> Expr {
        try ExpressionParser.parseExpression(text)
    }
}
