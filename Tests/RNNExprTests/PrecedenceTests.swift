import Testing
import RNNExpr

/// Precedence and associativity, checked by printing the tree back canonically.
@Suite struct PrecedenceTests {
    // MARK: Sums and products

    @Test(arguments: [
        ("a + b*c", "a + b*c"),
        ("(a + b)*c", "(a + b)*c"),
        ("a - b - c", "a - b - c"),
        ("a - (b - c)", "a - (b - c)"),
        ("a/b/c", "a/b/c"),
        ("a/(b/c)", "a/(b/c)"),
        ("a*b + c*d", "a*b + c*d"),
        ("((a))", "a"),
        ("a @ b * c", "a @ b*c"),
        ("a*(b @ c)", "a*(b @ c)"),
        ("r ⊙ h[t-1]", "r ⊙ h[t-1]"),
        ("(1 - z[t]) .* n[t]", "(1 - z[t]) ⊙ n[t]"),
        ("1/(1+exp(-10*x2+10*x1))", "1/(1 + exp(-10*x2 + 10*x1))"),
    ])
    func sumsAndProducts(source: String, printed: String) throws {
        #expect(try ExpressionParser.parseExpression(source).description == printed)
    }

    // MARK: Prefix operators, powers and sum_t

    @Test(arguments: [
        ("-x^2", "-x^2"),
        ("(-x)^2", "(-x)^2"),
        ("-(x^2)", "-x^2"),
        ("a^b^c", "a^b^c"),
        ("(a^b)^c", "(a^b)^c"),
        ("2^-1", "2^-1"),
        ("-a*b", "-a*b"),
        ("-(a*b)", "-(a*b)"),
        ("a*-b", "a*-b"),
        ("a - -b", "a - -b"),
        ("--a", "--a"),
        ("+a", "+a"),
        ("sum_t (yhat[t] - y[t])^2", "sum_t (yhat[t] - y[t])^2"),
        ("sum_t (a - b)^2 + c", "sum_t (a - b)^2 + c"),
        ("sum_t ((a - b)^2 + c)", "sum_t ((a - b)^2 + c)"),
        ("sum_t a*b", "sum_t a*b"),
        ("sum_t (a*b)", "sum_t (a*b)"),
        ("W^30", "W^30"),
        ("a^(b*c)", "a^(b*c)"),
    ])
    func prefixAndPower(source: String, printed: String) throws {
        #expect(try ExpressionParser.parseExpression(source).description == printed)
    }

    // MARK: Postfix

    @Test(arguments: [
        ("W^T", "W'"),
        ("v'*h[1]", "v'*h[1]"),
        ("(W*h)'", "(W*h)'"),
        ("W''", "W''"),
        ("a^b'", "a^b'"),
        ("(a^b)'", "(a^b)'"),
        ("W^T^2", "W'^2"),
        ("h[t - 1]", "h[t-1]"),
        ("(a + b)[1]", "(a + b)[1]"),
        ("A[1, 2]", "A[1, 2]"),
    ])
    func postfix(source: String, printed: String) throws {
        #expect(try ExpressionParser.parseExpression(source).description == printed)
    }
}
