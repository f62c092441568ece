import Testing
import RNNExpr

/// Names, time indices and calls checked against a model's scope.
@Suite struct CheckerTests {
    static let scope = NameScope(
        names: ["W_h", "W_x", "W_y", "L", "U", "W", "c0", "v", "gamma"],
        timeIndexed: ["h", "x", "y", "yhat"],
        functions: [BuiltinFunction.activation("phi", summary: "The model's output activation.")])

    /// Each error as `message | note` with the text under its range, for compact expectations.
    static func problems(_ source: String, requiresTimeIndex: Bool = false) throws -> [String] {
        let checker = ExpressionChecker(scope: scope, requiresTimeIndex: requiresTimeIndex)
        let characters = Array(source)
        return checker.errors(in: try ExpressionParser.parseExpression(source)).map { error in
            let text = String(characters[error.range.lowerBound..<error.range.upperBound])
            return "\(error.message) | \(error.expected ?? "-") | \(text)"
        }
    }

    // MARK: Valid expressions

    @Test(arguments: [
        "h[t] + sigmoid(W*h[t-1] + U*x[t])",
        "sum_t (yhat[t] - y[t])^2",
        "grad(L, W_h)", "grad(L, h[1])", "partial(L, W_h)", "jacobian(h[3], h[1])",
        "W^30", "eigvals(W)", "spectral_radius(W)", "norm(W)", "norm(W, fro)", "norm(W, inf)", "norm(W, 2)",
        "params(lstm, input=10, hidden=20, layers=2, bidirectional=true, convention=pytorch)",
        "params(gru, input=3, hidden=4, reset_after=false, bias=true)",
        "clip_norm([3, 4], 1)", "clip_value(grad(L, W), 1)", "clip_norm_torch(W, 0.5)",
        "schedule_linear(3, 1, 0.1, 0.05)", "schedule_exp(3, 0.9)", "schedule_invsigmoid(3, 10)",
        "pascanu_bound(W, 0.25, 10)", "classify_gradients(W, gamma)",
        "phi(v'*h[1] + c0)", "σ(W) + sigma(W) + dtanh(W) - dsigmoid(W)", "max(W, U) + min(W)",
        "y[T] - yhat[T]", "h", "h[W_h]",
        "W[1]", "(W*h)[1]", "W[:, :2]", "W[1:3, ::2]", "W[-1]", "h[t][0, 1:]", "W[t]", "W[:, t-1]",
        "sum(W, axis=0) + mean(W) + max(W, axis=-1, keepdims=true)", "softmax(W, axis=1) + log_softmax(W)",
        "cross_entropy(W, [0, 1], [1, 0])", "round(W) + abs(W)",
    ])
    func valid(source: String) throws {
        #expect(try Self.problems(source) == [])
    }

    // MARK: Names

    @Test(arguments: [
        ("grad(L, Wh)", ["undefined name 'Wh' | did you mean 'W_h'? | Wh"]),
        ("w_h*h[t]", ["undefined name 'w_h' | did you mean 'W_h'? | w_h"]),
        ("zzz + 1", ["undefined name 'zzz' | - | zzz"]),
        ("h[:, 0]", ["'h' changes with time: give the step first | as in h[t][:, 0] | [:, 0]"]),
        ("W[:, :k]", ["undefined name 'k' in a time index | use t, T, a number or a parameter | k"]),
        ("softmax(W, axis=9)", ["'axis' must be one of 0, 1, 2, 3, 4, 5, 6, 7, -1, -2, -3, -4, -5, -6, -7, -8 | - | 9"]),
        ("sum(W, axes=0)", ["sum has no argument 'axes' | did you mean 'axis'? | axes"]),
        ("h[t, 1]", ["'h' takes one time index | write h[t] | [t, 1]"]),
        ("h[k]", ["undefined name 'k' in a time index | use t, T, a number or a parameter | k"]),
        ("W*t", ["'t' can only be used inside a time index | as in h[t] | t"]),
        ("exp + 1", ["'exp' is a function | call it: exp(…) | exp"]),
        ("hh[t] + U", ["undefined name 'hh' | did you mean 'h'? | hh"]),
        ("Wh + zz", ["undefined name 'Wh' | did you mean 'W_h'? | Wh", "undefined name 'zz' | - | zz"]),
    ])
    func names(source: String, expected: [String]) throws {
        #expect(try Self.problems(source) == expected)
    }

    @Test func missingTimeIndexOnlyWhenRequired() throws {
        #expect(try Self.problems("W*h + x[t]") == [])
        #expect(try Self.problems("W*h + x[t]", requiresTimeIndex: true) == [
            "'h' needs a time index | write h[t] or h[1] | h",
        ])
    }

    // MARK: Calls

    @Test(arguments: [
        ("sigmod(W)", ["unknown function 'sigmod' | did you mean 'sigmoid'? | sigmod"]),
        ("foo(W)", ["unknown function 'foo' | - | foo"]),
        ("h(t)", ["'h' is not a function | write h[t] for a time step | h"]),
        ("W(1 + x[t])", ["'W' is not a function | write W*(…) for a product | W"]),
        ("sigmoid(W, U)", ["sigmoid takes 1 argument, but 2 were given | remove this argument | U"]),
        ("sigmoid()", ["sigmoid takes 1 argument, but 0 were given | - | sigmoid()"]),
        ("norm(W, 1, 2)", ["norm takes 1 or 2 arguments, but 3 were given | remove this argument | 2"]),
        ("norm(W, 3)", ["argument 2 of norm must be one of 1, 2, inf, fro | - | 3"]),
        ("grad(L, 2*W)", ["argument 2 of grad must be a parameter or a state at one time step | such as W_h or h[1] | 2*W"]),
        ("grad(L, Wx)", ["undefined name 'Wx' | did you mean 'W_x'? | Wx"]),
        ("sigmoid(x=W)", [
            "sigmoid has no argument 'x' | sigmoid takes no labelled arguments | x",
            "sigmoid takes 1 argument, but 0 were given | - | sigmoid(x=W)",
        ]),
        ("params(lstm, input=10, hiden=20)", [
            "params has no argument 'hiden' | did you mean 'hidden'? | hiden",
            "params needs the argument 'hidden' | add hidden=… | params(lstm, input=10, hiden=20)",
        ]),
        ("params(lstn, input=10, hidden=20)", ["argument 1 of params must be one of elman, lstm, gru | did you mean 'lstm'? | lstn"]),
        ("params(lstm, input=10, hidden=2.5)", ["'hidden' must be a whole number | such as 10 | 2.5"]),
        ("params(lstm, input=10, hidden=20, convention=torch)", [
            "'convention' must be one of pytorch, keras, textbook, chung, peephole | - | torch",
        ]),
        ("params(lstm, input=10, hidden=20, bidirectional=yes)", ["'bidirectional' must be one of true, false | - | yes"]),
        ("params(lstm, input=1, input=2, hidden=3)", ["argument 'input' is given twice | - | input"]),
        ("params(input=10, lstm, hidden=20)", ["positional argument after a labelled one | put it before the labelled arguments | lstm"]),
        ("clip_norm(zz, 1)", ["undefined name 'zz' | - | zz"]),
        ("phi(W, U)", ["phi takes 1 argument, but 2 were given | remove this argument | U"]),
    ])
    func calls(source: String, expected: [String]) throws {
        #expect(try Self.problems(source) == expected)
    }

    // MARK: Equations

    @Test func equationChecksBothSides() throws {
        let checker = ExpressionChecker(scope: Self.scope)
        let good = try ExpressionParser.parseEquation("h[t] = sigmoid(W*h[t-1] + U*x[t])")
        #expect(checker.errors(in: good) == [])
        let bad = try ExpressionParser.parseEquation("W[t] = Wh*h[t-1]")
        #expect(checker.errors(in: bad).map(\.message) == ["'W' is not time-indexed", "undefined name 'Wh'"])
    }

    // MARK: Rendered

    @Test func renderedCheckerError() throws {
        let source = "grad(L, Wh)"
        let errors = ExpressionChecker(scope: Self.scope).errors(in: try ExpressionParser.parseExpression(source))
        #expect(errors.map { $0.rendered(source: source, file: "rubric.xml", line: 40, column: 20) } == ["""
            error: undefined name 'Wh'
             --> rubric.xml:40:28
            40 | grad(L, Wh)
               |         ^^ did you mean 'W_h'?
            """])
    }
}
