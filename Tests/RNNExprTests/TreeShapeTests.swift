import Testing
import RNNExpr

/// The parser's trees, checked structurally (not through `description`).
@Suite struct TreeShapeTests {
    // MARK: Precedence and associativity

    @Test(arguments: [
        ("a + b*c", "(+ a (* b c))"),
        ("a - b - c", "(- (- a b) c)"),
        ("a/b*c", "(* (/ a b) c)"),
        ("a^b^c", "(^ a (^ b c))"),
        ("-x^2", "(neg (^ x 2))"),
        ("-a*b", "(* (neg a) b)"),
        ("2^-1", "(^ 2 (neg 1))"),
        ("sum_t (a - b)^2 + c", "(+ (sum_t (^ (- a b) 2)) c)"),
        ("sum_t a*b", "(* (sum_t a) b)"),
        ("a @ b ⊙ c", "(⊙ (@ a b) c)"),
        ("-0.25", "(neg 0.25)"),
        ("1/10", "(/ 1 10)"),
        ("W^T^2", "(^ (' W) 2)"),
        ("v'*h[1]", "(* (' v) (index h 1))"),
        ("a^b'", "(^ a (' b))"),
    ])
    func precedence(source: String, expected: String) {
        #expect(parsedShape(source) == expected)
    }

    // MARK: Every construct

    @Test(arguments: [
        ("h[t-1]", "(index h (- t 1))"),
        ("x[2]", "(index x 2)"),
        ("A[1, 2]", "(index A 1 2)"),
        ("grad(L, W_h)", "(grad L W_h)"),
        ("jacobian(h[3], h[1])", "(jacobian (index h 3) (index h 1))"),
        ("eigvals(W)", "(eigvals W)"),
        ("f()", "(f)"),
        (
            "params(lstm, input=10, hidden=20, layers=2, bidirectional=true, convention=pytorch)",
            "(params lstm input=10 hidden=20 layers=2 bidirectional=true convention=pytorch)"
        ),
        ("clip_norm([3, 4], 1)", "(clip_norm (matrix [3] [4]) 1)"),
        ("y[1] = 2", "error: unexpected '='"),
        ("phi(v'*h[1] + c0)", "(phi (+ (* (' v) (index h 1)) c0))"),
        ("sigma(10*(x2 - x1))", "(sigma (* 10 (- x2 x1)))"),
        ("sum_t (yhat[t] - y[t])^2", "(sum_t (^ (- (index yhat t) (index y t)) 2))"),
        ("12 + 0.5 + .5 + 1e-3 + 2.5E+3", "(+ (+ (+ (+ 12 0.5) .5) 1e-3) 2.5E+3)"),
        ("W^T", "(' W)"),
        ("W^T2", "(^ W T2)"),
        ("(W*h)'", "(' (* W h))"),
    ])
    func constructs(source: String, expected: String) {
        #expect(parsedShape(source) == expected)
    }

    // MARK: Unicode operators and names

    @Test(arguments: [
        ("a − b", "(- a b)"),
        ("−0.25", "(neg 0.25)"),
        ("2 × W", "(* 2 W)"),
        ("2·W", "(* 2 W)"),
        ("2⋅W", "(* 2 W)"),
        ("r ⊙ h[t-1]", "(⊙ r (index h (- t 1)))"),
        ("(1 - z[t]) .* n[t]", "(⊙ (- 1 (index z t)) (index n t))"),
        ("a ∘ b", "(⊙ a b)"),
        ("a ÷ b", "(/ a b)"),
        ("x**2", "(^ x 2)"),
        ("v′", "(' v)"),
        ("Wᵀ", "(' W)"),
        ("σ(η*x)", "(σ (* η x))"),
        ("ŷ[t]", "(index ŷ t)"),
        ("1/(1+exp(-10*x2+10*x1))", "(/ 1 (+ 1 (exp (+ (* (neg 10) x2) (* 10 x1)))))"),
    ])
    func unicode(source: String, expected: String) {
        #expect(parsedShape(source) == expected)
    }

    // MARK: Ranges

    @Test func rangesCountCharacters() throws {
        let expression = try ExpressionParser.parseExpression("σ(x) + (a*b)")
        guard case let .binary(_, call, product) = expression.kind,
              case let .call(_, arguments) = call.kind else {
            Issue.record("unexpected tree \(shape(expression))")
            return
        }
        #expect(expression.range == SourceRange(lowerBound: 0, upperBound: 12))
        #expect(call.range == SourceRange(lowerBound: 0, upperBound: 4))
        #expect(arguments[0].value.range == SourceRange(lowerBound: 2, upperBound: 3))
        #expect(product.range == SourceRange(lowerBound: 7, upperBound: 12))
    }

    @Test func labelledArgumentRangeIncludesLabel() throws {
        let expression = try ExpressionParser.parseExpression("params(gru, hidden=20)")
        guard case let .call(_, arguments) = expression.kind else {
            Issue.record("not a call")
            return
        }
        #expect(arguments.map(\.range) == [
            SourceRange(lowerBound: 7, upperBound: 10), SourceRange(lowerBound: 12, upperBound: 21),
        ])
    }

    // MARK: Equations

    @Test(arguments: [
        ("h[t] = sigmoid(W*h[t-1] + U*x[t])", "h", "t", "sigmoid(W*h[t-1] + U*x[t])"),
        ("yhat[t] = W_y*h[t]", "yhat", "t", "W_y*h[t]"),
        ("L = sum_t (yhat[t] - y[t])^2", "L", nil, "sum_t (yhat[t] - y[t])^2"),
        ("y[1] = phi(v'*h[1] + c0)", "y", "1", "phi(v'*h[1] + c0)"),
        ("h[t-1] = 0", "h", "t - 1", "0"),
    ])
    func equations(source: String, name: String, index: String?, right: String) throws {
        let equation = try ExpressionParser.parseEquation(source)
        #expect(equation.name == name)
        #expect(equation.index?.description == index)
        #expect(equation.right.description == right)
        #expect(equation.nameRange == SourceRange(lowerBound: 0, upperBound: name.count))
        #expect(equation.range == SourceRange(lowerBound: 0, upperBound: source.count))
    }

    @Test func equationPrintsCanonically() throws {
        let equation = try ExpressionParser.parseEquation("h[t-1+1]=W_h * h[t - 1]+W_x*x[t]")
        #expect(equation.description == "h[t-1+1] = W_h*h[t-1] + W_x*x[t]")
    }
}
