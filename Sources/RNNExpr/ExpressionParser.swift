/// Parses the expression language of rubrics and answers (grammar in docs/architecture.md).
///
/// One method family per grammar level, each in its own file, from loosest to tightest:
/// sum (`+ -`), term (`* @ ⊙ .* /`), unary (`-`, `+`, `sum_t`), power (`^`), postfix (`[…]`,
/// `'`, `^T`), primary (numbers, names, calls, parentheses, matrices).
///
/// ```swift
/// let ask = try ExpressionParser.parseExpression("grad(L, W_h)")
/// let rule = try ExpressionParser.parseEquation("h[t] = sigmoid(W*h[t-1] + U*x[t])")
/// ```
/// Implicit multiplication (`2W`) is an error that says to write `2*W`. Nesting deeper than
/// `maximumDepth` levels is an error, never a stack overflow.
package struct ExpressionParser {
    /// The deepest nesting accepted, counted both as open brackets and prefix operators while
    /// parsing and as the height of the resulting tree.
    package static let maximumDepth = 256

    /// Whether blanks separate elements, as inside a MATLAB-style matrix row `[1 -2; 3 4]`.
    enum Context {
        /// Blanks mean nothing.
        case free
        /// A blank before an operand or before a sign followed directly by its operand starts
        /// a new element.
        case matrixRow
    }

    let source: [Character]
    var tokens: [Token]
    var position = 0
    var depth = 0

    /// Parses a whole expression: `sum_t (yhat[t] - y[t])^2`, `grad(L, W_h)`, `[1 2; 3 4]`.
    package static func parseExpression(_ text: String) throws(ExpressionError) -> Expr {
        var parser = try ExpressionParser(text)
        let expression = try parser.parseSum(.free)
        try parser.expectEnd()
        return expression
    }

    /// Parses a model equation: `h[t] = W_h*h[t-1] + W_x*x[t]`, `L = sum_t (yhat[t] - y[t])^2`.
    package static func parseEquation(_ text: String) throws(ExpressionError) -> Equation {
        var parser = try ExpressionParser(text)
        let equation = try parser.parseEquation()
        try parser.expectEnd()
        return equation
    }

    private init(_ text: String) throws(ExpressionError) {
        source = Array(text)
        tokens = try Lexer.tokens(in: text)
    }

    // MARK: Cursor

    /// The next unread token (the `.end` token once everything is read).
    var current: Token { tokens[position] }

    /// The token after the current one.
    var following: Token { tokens[min(position + 1, tokens.count - 1)] }

    /// The token just read.
    var previous: Token { tokens[max(position - 1, 0)] }

    /// Reads the current token.
    @discardableResult
    mutating func advance() -> Token {
        let token = current
        if token.kind != .end { position += 1 }
        return token
    }

    /// Reads a token of `kind`, or fails with `expected` as the note under the caret.
    @discardableResult
    mutating func expect(_ kind: TokenKind, _ expected: String) throws(ExpressionError) -> Token {
        guard current.kind == kind else { throw unexpected(expected) }
        return advance()
    }

    /// Fails unless every token has been read.
    func expectEnd() throws(ExpressionError) {
        guard current.kind == .end else { throw unexpected("expected the end of the expression") }
    }

    /// `unexpected <current token>`, with `expected` as the note.
    func unexpected(_ expected: String) -> ExpressionError {
        ExpressionError(message: "unexpected \(current.quoted)", range: current.range, expected: expected)
    }

    // MARK: Limits

    /// A node, or an error when it would make the tree taller than `maximumDepth`.
    func node(_ kind: Expr.Kind, _ range: SourceRange) throws(ExpressionError) -> Expr {
        let expression = Expr(kind, range: range)
        guard expression.height <= Self.maximumDepth else { throw tooDeep(range) }
        return expression
    }

    /// Counts one more level of nesting before parsing something nested.
    mutating func enterNesting() throws(ExpressionError) {
        depth += 1
        guard depth <= Self.maximumDepth else { throw tooDeep(current.range) }
    }

    /// Ends the level counted by `enterNesting()`.
    mutating func leaveNesting() {
        depth -= 1
    }

    private func tooDeep(_ range: SourceRange) -> ExpressionError {
        ExpressionError(
            message: "expression is nested too deeply", range: range,
            expected: "at most \(Self.maximumDepth) levels are allowed")
    }
}
