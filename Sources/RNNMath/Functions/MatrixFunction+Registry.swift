import RealModule

/// The built-in functions of one matrix argument. The expression language's catalogue lists
/// them in this order; the solver's graph, the design checker and the formula evaluator
/// evaluate them from these entries. Each entry is checked in every evaluator, with its
/// gradient against finite differences, by `MatrixFunctionRegistryTests`.
extension MatrixFunction {
    /// Every registered function, in catalogue order.
    package static let registry: [MatrixFunction] = [
        identity, sigmoid, tanh, relu, step, softmax, logSoftmax, exp, log, sqrt, abs, round, dsigmoid, dtanh, softplus, gelu,
    ]

    /// `x`: the identity activation.
    package static let identity = elementwise(
        "identity", summary: "The identity activation: x.",
        exact: { $0 }, double: { $0 }, gradient: { g, _, _ in g })

    /// `σ(x) = 1/(1 + e⁻ˣ)`; `σ′ = σ(1 − σ)`.
    package static let sigmoid = elementwise(
        "sigmoid", aliases: ["sigma", "σ"], summary: "The logistic sigmoid 1/(1 + exp(-x)), elementwise.",
        exact: { x throws(MathError) in try x.sigmoid() }, double: Double.logistic,
        gradient: { g, _, y throws(MathError) in try g.multiplying(by: try y.multiplying(by: try Scalar.one.subtracting(y))) },
        denseGradient: { g, y in g * (y * (1 - y)) })

    /// `tanh x`; `tanh′ = 1 − tanh²`.
    package static let tanh = elementwise(
        "tanh", summary: "The hyperbolic tangent, elementwise.",
        exact: { x throws(MathError) in try x.tanh() }, double: { Double.tanh($0) },
        gradient: { g, _, y throws(MathError) in try g.multiplying(by: try Scalar.one.subtracting(try y.multiplying(by: y))) },
        denseGradient: { g, y in g * (1 - y * y) })

    /// `max(0, x)`, exact for exact input; `relu′ = [x > 0]` (0 at 0, as PyTorch).
    package static let relu = elementwise(
        "relu", summary: "max(0, x), elementwise.",
        exact: { x in Scalar.zero.isLess(than: x) ? x : .zero }, double: { Swift.max(0, $0) },
        gradient: { g, x, _ throws(MathError) in try g.multiplying(by: Scalar.zero.isLess(than: x) ? .one : .zero) })

    /// The step `[x ≥ 0]`, the built-in default (a model's activation may set another threshold).
    package static let step = stepFunction(threshold: .zero, strict: false)

    /// The step function `[x > threshold]` (`strict`) or `[x ≥ threshold]`, exact; its
    /// derivative is 0 everywhere it exists, and 0 is used at the jump too.
    ///
    ///     MatrixFunction.stepFunction(threshold: .exact(.fraction(1, 2)), strict: true).label   // "step(>1/2)"
    package static func stepFunction(threshold: Scalar, strict: Bool) -> MatrixFunction {
        let limit = threshold.doubleValue
        return elementwise(
            "step",
            summary: "1 where x ≥ 0, else 0 (a model's <activation function=\"step\"> sets its own threshold and strictness).",
            label: "step(\(strict ? ">" : "≥")\(threshold))",
            exact: { x in (strict ? threshold.isLess(than: x) : !x.isLess(than: threshold)) ? .one : .zero },
            double: { x in (strict ? x > limit : x >= limit) ? 1 : 0 },
            gradient: { _, _, _ in .zero })
    }

    /// `softmax` down an n×1 column, or along each row of a matrix (see ``softmaxEntry(along:)``).
    package static let softmax = softmaxEntry(along: nil)

    /// `log_softmax` down an n×1 column, or along each row of a matrix (see ``logSoftmaxEntry(along:)``).
    package static let logSoftmax = logSoftmaxEntry(along: nil)

    /// numpy's `round`: to the nearest whole number, halves to the even one (`round(2.5) = 2`),
    /// exact for exact input; its derivative is 0 wherever it exists, and 0 is used at the jumps.
    package static let round = elementwise(
        "round", summary: "The nearest whole number, halves to even (numpy's np.round), elementwise.",
        exact: { x throws(MathError) in
            guard case .exact(let q) = x else {
                return try Scalar.approximate(x.doubleValue.rounded(.toNearestOrEven), operation: "round")
            }
            return .exact(q.roundedToNearestOrEven())
        },
        double: { $0.rounded(.toNearestOrEven) },
        gradient: { _, _, _ in .zero })

    /// `eˣ`; `exp′ = exp`.
    package static let exp = elementwise(
        "exp", summary: "e^x, elementwise.",
        exact: { x throws(MathError) in try x.exp() }, double: { Double.exp($0) },
        gradient: { g, _, y throws(MathError) in try g.multiplying(by: y) },
        denseGradient: { g, y in g * y })

    /// `ln x` (every element positive); `log′ = 1/x`.
    package static let log = elementwise(
        "log", aliases: ["ln"], summary: "The natural logarithm, elementwise.",
        exact: { x throws(MathError) in try x.log() }, double: { Double.log($0) },
        gradient: { g, x, _ throws(MathError) in try g.dividing(by: x) })

    /// `√x`, exact for squares of rationals; `√′ = 1/(2√x)`.
    package static let sqrt = elementwise(
        "sqrt", summary: "The square root, elementwise.",
        exact: { x throws(MathError) in try x.squareRoot() }, double: { $0.squareRoot() },
        gradient: { g, _, y throws(MathError) in try g.dividing(by: try y.multiplying(by: Scalar(2))) })

    /// `|x|`, exact for exact input; `abs′ = sign(x)` (0 at 0).
    package static let abs = elementwise(
        "abs", summary: "The absolute value, elementwise.",
        exact: { $0.magnitude }, double: { Swift.abs($0) },
        gradient: { g, x, _ in Scalar.zero.isLess(than: x) ? g : x.isLess(than: .zero) ? g.negated : .zero })

    /// `σ′(x) = σ(x)(1 − σ(x))`; its derivative is `σ′(x)(1 − 2σ(x))`.
    package static let dsigmoid = elementwise(
        "dsigmoid", summary: "The sigmoid's derivative σ(x)(1 - σ(x)), elementwise.",
        exact: { x throws(MathError) in
            let s = try x.sigmoid()
            return try s.multiplying(by: try Scalar.one.subtracting(s))
        },
        double: { x in Double.logistic(x) * (1 - Double.logistic(x)) },
        gradient: { g, x, y throws(MathError) in
            let s = try x.sigmoid()
            return try g.multiplying(by: try y.multiplying(by: try Scalar.one.subtracting(try s.multiplying(by: Scalar(2)))))
        })

    /// `tanh′(x) = 1 − tanh²(x)`; its derivative is `−2 tanh(x)(1 − tanh²(x))`.
    package static let dtanh = elementwise(
        "dtanh", summary: "The tanh derivative 1 - tanh(x)^2, elementwise.",
        exact: { x throws(MathError) in
            let t = try x.tanh()
            return try Scalar.one.subtracting(try t.multiplying(by: t))
        },
        double: { x in 1 - Double.tanh(x) * Double.tanh(x) },
        gradient: { g, x, y throws(MathError) in
            let t = try x.tanh()
            return try g.multiplying(by: try Scalar(-2).multiplying(by: try t.multiplying(by: y)))
        })

    /// `softplus(x) = ln(1 + eˣ)`, a smooth relu; `softplus′ = σ`. Evaluated as
    /// `max(x, 0) + ln(1 + e^−|x|)`, which neither overflows for large x nor loses small values.
    package static let softplus = elementwise(
        "softplus", summary: "ln(1 + exp(x)), a smooth relu, elementwise.",
        exact: { x throws(MathError) in try Scalar.approximate(Double.softplus(x.doubleValue), operation: "softplus") },
        double: Double.softplus,
        gradient: { g, x, _ throws(MathError) in try g.multiplying(by: try x.sigmoid()) })

    /// `gelu(x) = x·Φ(x)` with Φ the standard normal distribution function (Hendrycks & Gimpel
    /// 2016, arXiv:1606.08415; PyTorch's `GELU(approximate='none')`), `Φ(x) = (1 + erf(x/√2))/2`;
    /// `gelu′ = Φ(x) + x·φ(x)`, `φ(x) = e^(−x²/2)/√(2π)`.
    package static let gelu = elementwise(
        "gelu", summary: "x·Φ(x), Φ the standard normal distribution function (exact erf form), elementwise.",
        exact: { x throws(MathError) in try Scalar.approximate(Double.gelu(x.doubleValue), operation: "gelu") },
        double: Double.gelu,
        gradient: { g, x, _ throws(MathError) in
            let v = x.doubleValue
            let slope = (1 + Double.erf(v / 2.0.squareRoot())) / 2 + v * Double.exp(-v * v / 2) / (2 * Double.pi).squareRoot()
            return try g.multiplying(by: try Scalar.approximate(slope, operation: "gelu′"))
        })
}

extension Double {
    /// The logistic sigmoid `1/(1 + e⁻ˣ)`, evaluated as `eˣ/(1 + eˣ)` for negative x so that it
    /// never overflows.
    @Sendable package static func logistic(_ x: Double) -> Double {
        x >= 0 ? 1 / (1 + Double.exp(-x)) : Double.exp(x) / (1 + Double.exp(x))
    }

    /// `ln(1 + eˣ)` as `max(x, 0) + ln(1 + e^−|x|)`.
    @Sendable package static func softplus(_ x: Double) -> Double {
        Swift.max(x, 0) + Double.log(onePlus: Double.exp(-Swift.abs(x)))
    }

    /// `x·Φ(x) = x·(1 + erf(x/√2))/2`.
    @Sendable package static func gelu(_ x: Double) -> Double {
        x * (1 + Double.erf(x / 2.0.squareRoot())) / 2
    }
}
