import RNNMath

/// A random small recurrent model written as rubric XML: hidden size 1–3, input size 1–2,
/// output size 1–2, 3–5 steps, squared loss `sum_t (yhat[t] - y[t])'*(yhat[t] - y[t])`.
///
/// Two shapes: an Elman cell `h[t] = f(W*h[t-1] + U*x[t] + b)`, and a gated cell with an
/// intermediate time-indexed gate `g[t] = sigmoid(G*h[t-1] + U*x[t])`,
/// `h[t] = g[t] .* h[t-1] + (1 - g[t]) .* f(W*h[t-1] + U*x[t] + b)`; both with
/// `yhat[t] = o(V*h[t] + c)`. Every number is a fraction p/q with q ∈ {2, 3, 4, 5, 7, 8, 10},
/// |p/q| ≤ 1, so exact and binary values differ.
struct SolverRandomModel {
    /// A parameter: its name, shape and exact elements (row-major).
    struct Parameter {
        var name: String
        var rows: Int
        var cols: Int
        var values: [Rational]
    }

    let steps: Int
    let parameters: [Parameter]
    /// The rubric model's body: params, state, input, target, equations, loss.
    let xml: String

    /// Draws a model from `seed`; `activations` for f and `outputs` for o. `gated` allows the
    /// gated shape (it uses sigmoid, so leave it out for models that must stay rational).
    init(seed: UInt64, activations: [String], outputs: [String], gated: Bool) {
        var random = SplitMix64(seed: seed)   // seeded: every run draws the same models
        func fraction() -> Rational {
            let q = [2, 3, 4, 5, 7, 8, 10].randomElement(using: &random) ?? 2
            let p = Int.random(in: -q...q, using: &random)
            return Rational(p) / Rational(q)
        }
        func draw(_ name: String, _ rows: Int, _ cols: Int) -> Parameter {
            Parameter(name: name, rows: rows, cols: cols, values: (0..<rows * cols).map { _ in fraction() })
        }
        let hidden = Int.random(in: 1...3, using: &random)
        let input = Int.random(in: 1...2, using: &random)
        let output = Int.random(in: 1...2, using: &random)
        steps = Int.random(in: 3...5, using: &random)
        let isGated = gated && Bool.random(using: &random)
        let f = activations.randomElement(using: &random) ?? "tanh"
        let o = outputs.randomElement(using: &random) ?? "identity"
        var drawn = [draw("W", hidden, hidden), draw("U", hidden, input), draw("b", hidden, 1),
                     draw("V", output, hidden), draw("c", output, 1)]
        if isGated { drawn.append(draw("G", hidden, hidden)) }
        parameters = drawn
        let column = { (n: Int) in "[" + (0..<n).map { _ in fraction().description }.joined(separator: ", ") + "]" }
        var lines = drawn.map { "<param name=\"\($0.name)\" value=\"\(Self.literal($0))\"/>" }
        lines.append("<state name=\"h\" initial=\"\(column(hidden))\"/>")
        lines.append("<input name=\"x\" values=\"\((0..<steps).map { _ in column(input) }.joined(separator: " "))\"/>")
        lines.append("<target name=\"y\" values=\"\((0..<steps).map { _ in column(output) }.joined(separator: " "))\"/>")
        let candidate = "\(f)(W*h[t-1] + U*x[t] + b)"
        if isGated {
            lines.append("<equation>g[t] = sigmoid(G*h[t-1] + U*x[t])</equation>")
            lines.append("<equation>h[t] = g[t] .* h[t-1] + (1 - g[t]) .* \(candidate)</equation>")
        } else {
            lines.append("<equation>h[t] = \(candidate)</equation>")
        }
        lines.append("<equation>yhat[t] = \(o)(V*h[t] + c)</equation>")
        lines.append("<loss name=\"L\">sum_t ((yhat[t] - y[t])'*(yhat[t] - y[t]))</loss>")
        xml = lines.joined(separator: "\n")
    }

    /// `[[a, b], [c, d]]` for a matrix, `[a, b]` for a column, `a` for a scalar.
    static func literal(_ p: Parameter) -> String {
        let text = p.values.map(\.description)
        if p.rows == 1 && p.cols == 1 { return text[0] }
        if p.cols == 1 { return "[" + text.joined(separator: ", ") + "]" }
        return "[" + (0..<p.rows).map { r in
            "[" + text[(r * p.cols)..<((r + 1) * p.cols)].joined(separator: ", ") + "]"
        }.joined(separator: ", ") + "]"
    }
}

extension SolverRandomModel.Parameter {
    /// The parameter with every element replaced by its nearest `Double` plus `shift` at
    /// `element` (row-major): an approximate copy, optionally perturbed in one place.
    func approximate(shifting element: Int? = nil, by shift: Double = 0) throws -> Matrix {
        let doubles = values.enumerated().map { index, value in value.doubleValue + (index == element ? shift : 0) }
        return try Matrix(rows: rows, cols: cols, elements: doubles.map(Scalar.approx))
    }
}
