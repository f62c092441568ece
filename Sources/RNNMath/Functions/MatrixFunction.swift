/// A built-in function of one matrix, defined once for every place that evaluates it.
///
/// An entry holds what the expression language needs to know (name, spellings, one line of
/// meaning), how to compute it on a `Matrix` (exact where the value is rational), the rule that
/// sends a gradient back through it (used by the solver's graph), and its plain `Double` form on
/// a single number (used to evaluate students' formulas). The solver's graph, the design
/// checker and the formula evaluator all read ``MatrixFunction/registry``, so adding a function
/// is one entry there.
///
///     let y = try MatrixFunction.sigmoid.apply(.scalar(.zero))   // [[0.5]]
///     MatrixFunction.sigmoid.double(0)                          // 0.5
///
/// See also: `docs/rubric-format.md` (the functions a rubric may call).
package struct MatrixFunction: Sendable {
    /// How the function treats the shape of its argument.
    package enum Shape: Sendable, Hashable {
        /// Applied to each element on its own; the result has the argument's shape.
        case elementwise
        /// Defined on whole vectors (softmax, log_softmax): down an n×1 column, along the rows of
        /// any other matrix, or along a chosen axis; the result has the argument's shape.
        case columnVector
    }

    /// The forward computation on a whole matrix.
    package typealias Forward = @Sendable (_ input: Matrix) throws(MathError) -> Matrix
    /// The gradient rule: given the upstream gradient `G` (shaped like the output), the input
    /// and the output, the gradient with respect to the input.
    package typealias Backward = @Sendable (_ gradient: Matrix, _ input: Matrix, _ output: Matrix) throws(MathError) -> Matrix

    /// The canonical name: `sigmoid`.
    package let name: String
    /// Other spellings: `sigma`, `σ`.
    package let aliases: [String]
    /// What the function computes, in one line (shown in the docs and in error hints).
    package let summary: String
    /// Elementwise, or defined on a column vector.
    package let shape: Shape
    /// The operation label recorded in a graph and shown in worked solutions: `sigmoid`, `step(≥0)`.
    package let label: String
    /// The value on a matrix; exact for exact input where the function's value is rational.
    package let apply: Forward
    /// `∂/∂input` given the upstream gradient, the input and the output.
    package let backward: Backward
    /// The function of a single number in floating point (its value on a 1×1 matrix).
    package let double: @Sendable (Double) -> Double

    /// Every name the function answers to: `name` and `aliases`.
    package var spellings: [String] { [name] + aliases }

    /// An entry defined on whole matrices (see ``elementwise(_:aliases:summary:label:exact:double:gradient:)``
    /// for the usual case).
    package init(_ name: String, aliases: [String] = [], summary: String, shape: Shape, label: String? = nil,
                apply: @escaping Forward, backward: @escaping Backward, double: @escaping @Sendable (Double) -> Double) {
        self.name = name
        self.aliases = aliases
        self.summary = summary
        self.shape = shape
        self.label = label ?? name
        self.apply = apply
        self.backward = backward
        self.double = double
    }

    /// The rule for one element: the upstream gradient `g`, the input `x` and the output `y`
    /// give `g · f′(x)`.
    package typealias ElementGradient = @Sendable (_ g: Scalar, _ x: Scalar, _ y: Scalar) throws(MathError) -> Scalar

    /// An elementwise entry from its value on one `Scalar` (exact where possible), its `Double`
    /// form and its gradient rule for one element.
    ///
    /// `denseGradient`, given for a function that is approximate for every argument (its
    /// `exact` is `Scalar.approximate(double(x))`), is the gradient rule on doubles `(g, y) →
    /// g·f′` in terms of the output, the same operations in the same order as `gradient`: with
    /// it, value and gradient of a whole matrix run on doubles (`Matrix+Dense.swift`).
    ///
    ///     MatrixFunction.elementwise("relu", summary: "max(0, x), elementwise.",
    ///         exact: { x in Scalar.zero.isLess(than: x) ? x : .zero },
    ///         double: { max(0, $0) },
    ///         gradient: { g, x, _ in Scalar.zero.isLess(than: x) ? g : .zero })
    package static func elementwise(
        _ name: String, aliases: [String] = [], summary: String, label: String? = nil,
        exact: @escaping @Sendable (Scalar) throws(MathError) -> Scalar,
        double: @escaping @Sendable (Double) -> Double,
        gradient: @escaping ElementGradient,
        denseGradient: (@Sendable (_ g: Double, _ y: Double) -> Double)? = nil
    ) -> MatrixFunction {
        MatrixFunction(name, aliases: aliases, summary: summary, shape: .elementwise, label: label,
                       apply: { x throws(MathError) in
                           if denseGradient != nil, let dense = Matrix.dense(shape: x.shape, x.doubleValues.map(double)) {
                               return dense
                           }
                           return try x.map(exact)
                       },
                       backward: { g, x, y throws(MathError) in
                           if let denseGradient, let outputs = y.approximations,
                              let dense = Matrix.dense(shape: g.shape, zip(g.doubleValues, outputs).map(denseGradient)) {
                               return dense
                           }
                           var result: [Scalar] = []
                           result.reserveCapacity(g.count)
                           for i in 0..<g.count {
                               result.append(try gradient(g.element(at: i), x.element(at: i), y.element(at: i)))
                           }
                           return try Matrix(shape: g.shape, elements: result)
                       },
                       double: double)
    }

    /// The registry entry called `name` (aliases included), or nil.
    package static func named(_ name: String) -> MatrixFunction? {
        byName[name]
    }

    private static let byName: [String: MatrixFunction] = Dictionary(
        registry.flatMap { function in function.spellings.map { ($0, function) } },
        uniquingKeysWith: { first, _ in first })
}
