extension BuiltinFunction {
    /// Every built-in function, in the order the documentation lists them.
    public static let catalogue: [BuiltinFunction] = activations + calculus + linearAlgebra + training

    private static let boolean = ArgumentKind.choice(["true", "false"])

    private static let activations: [BuiltinFunction] = [
        BuiltinFunction("identity", arity: 1...1, summary: "The identity activation: x."),
        BuiltinFunction(
            "sigmoid", aliases: ["sigma", "σ"], arity: 1...1,
            summary: "The logistic sigmoid 1/(1 + exp(-x)), elementwise."),
        BuiltinFunction("tanh", arity: 1...1, summary: "The hyperbolic tangent, elementwise."),
        BuiltinFunction("relu", arity: 1...1, summary: "max(0, x), elementwise."),
        BuiltinFunction(
            "step", arity: 1...1,
            summary: "1 where x passes the model's step threshold (x > 0 unless declared otherwise), else 0."),
        BuiltinFunction("softmax", arity: 1...1, summary: "exp(x_i) / Σ_j exp(x_j) over a vector."),
        BuiltinFunction("exp", arity: 1...1, summary: "e^x, elementwise."),
        BuiltinFunction("log", arity: 1...1, summary: "The natural logarithm, elementwise."),
        BuiltinFunction("sqrt", arity: 1...1, summary: "The square root, elementwise."),
        BuiltinFunction("abs", arity: 1...1, summary: "The absolute value, elementwise."),
        BuiltinFunction("dsigmoid", arity: 1...1, summary: "The sigmoid's derivative σ(x)(1 - σ(x)), elementwise."),
        BuiltinFunction("dtanh", arity: 1...1, summary: "The tanh derivative 1 - tanh(x)^2, elementwise."),
        BuiltinFunction("max", arity: 1...2, summary: "The largest element of a, or the elementwise maximum of a and b."),
        BuiltinFunction("min", arity: 1...2, summary: "The smallest element of a, or the elementwise minimum of a and b."),
    ]

    private static let calculus: [BuiltinFunction] = [
        BuiltinFunction(
            "grad", arity: 2...2, positional: [.expression, .variable],
            summary: "The total derivative of scalar f with respect to x through every path, shaped like x."),
        BuiltinFunction(
            "partial", arity: 2...2, positional: [.expression, .variable],
            summary: "The derivative of f with respect to x's direct appearances only, shaped like x."),
        BuiltinFunction(
            "jacobian", arity: 2...2, positional: [.expression, .variable],
            summary: "The matrix ∂y/∂x: one row per element of y, one column per element of x."),
    ]

    private static let linearAlgebra: [BuiltinFunction] = [
        BuiltinFunction("eigvals", arity: 1...1, summary: "The eigenvalues of a square matrix."),
        BuiltinFunction("singvals", arity: 1...1, summary: "The singular values of a matrix, largest first."),
        BuiltinFunction("spectral_radius", arity: 1...1, summary: "The largest absolute eigenvalue of a square matrix."),
        BuiltinFunction(
            "norm", arity: 1...2, positional: [.expression, .choice(["1", "2", "inf", "fro"])],
            summary: "The matrix or vector norm of order p: 1, 2 (the default), inf or fro."),
        BuiltinFunction("det", arity: 1...1, summary: "The determinant of a square matrix."),
        BuiltinFunction("inv", arity: 1...1, summary: "The inverse of a square matrix."),
        BuiltinFunction("transpose", arity: 1...1, summary: "The transpose, as M'."),
        BuiltinFunction("diag", arity: 1...1, summary: "The diagonal matrix of a vector, or the diagonal of a matrix as a column."),
        BuiltinFunction("trace", arity: 1...1, summary: "The sum of the diagonal of a square matrix."),
    ]

    private static let training: [BuiltinFunction] = [
        BuiltinFunction(
            "params", arity: 1...1, positional: [.choice(["elman", "lstm", "gru"])],
            labels: [
                Label("input", .count, isRequired: true), Label("hidden", .count, isRequired: true),
                Label("layers", .count), Label("bidirectional", boolean), Label("bias", boolean),
                Label("proj_size", .count), Label("output", .count),
                Label("convention", .choice(["pytorch", "keras", "textbook", "peephole"])),
                Label("reset_after", boolean),
            ],
            summary: "The number of trainable parameters of a recurrent cell stack."),
        BuiltinFunction("clip_norm", arity: 2...2, summary: "g scaled by c/‖g‖ when ‖g‖ > c, else g."),
        BuiltinFunction(
            "clip_norm_torch", arity: 2...2,
            summary: "PyTorch's clip_grad_norm_: g times c/(‖g‖ + 1e-6) when that factor is below 1."),
        BuiltinFunction("clip_value", arity: 2...2, summary: "Each element of g clamped to [-c, c]."),
        BuiltinFunction(
            "schedule_linear", arity: 4...4,
            summary: "Scheduled sampling, linear decay: max(eps, k - c*i) at step i."),
        BuiltinFunction("schedule_exp", arity: 2...2, summary: "Scheduled sampling, exponential decay: k^i at step i."),
        BuiltinFunction(
            "schedule_invsigmoid", arity: 2...2,
            summary: "Scheduled sampling, inverse sigmoid decay: k/(k + exp(i/k)) at step i."),
        BuiltinFunction(
            "pascanu_bound", arity: 3...3,
            summary: "(gamma*‖W‖₂)^steps, the bound on ‖∂h[t+steps]/∂h[t]‖ when |σ'| ≤ gamma (Pascanu et al. 2013)."),
        BuiltinFunction(
            "classify_gradients", arity: 2...2,
            summary: "vanishing when gamma*σ_max(W) < 1, else possibly exploding (Pascanu et al. 2013)."),
    ]
}
