import RNNMath

extension BuiltinFunction {
    /// Every built-in function: one argument, one or two, reductions and losses, derivatives,
    /// then training and analysis.
    package static let catalogue: [BuiltinFunction] = oneArgument + oneOrTwoArguments + reductions + calculus + training

    private static let boolean = ArgumentKind.choice(["true", "false"])

    /// `axis=`: numpy's axis, 0 (down the rows of a matrix), 1 (along each row), up to 7 for an
    /// array of rank 8, or counted from the end, -1 to -8 (the solver checks it against the
    /// argument's rank).
    package static let axis = Label("axis", .choice((0..<8).map(String.init) + (1...8).map { "-\($0)" }))

    /// `keepdims=`: whether a reduced axis stays as an axis of length 1 (numpy's keepdims).
    package static let keepdims = Label("keepdims", boolean)

    /// Functions of one expression: the registered functions (activations, elementwise functions
    /// and their derivatives, softmax, defined once in ``MatrixFunction/registry``), then matrix functions.
    private static let oneArgument: [BuiltinFunction] = MatrixFunction.registry.map { function in
        // A function of whole vectors (softmax) runs along an axis of a matrix.
        BuiltinFunction(function.name, aliases: function.aliases, arity: 1...1,
                        labels: function.shape == .elementwise ? [] : [axis], summary: function.summary)
    } + [
        ("eigvals", [], "The eigenvalues of a square matrix."),
        ("singvals", [], "The singular values of a matrix, largest first."),
        ("spectral_radius", [], "The largest absolute eigenvalue of a square matrix."),
        ("det", [], "The determinant of a square matrix."),
        ("inv", [], "The inverse of a square matrix."),
        ("transpose", [], "The transpose, as M'."),
        ("diag", [], "The diagonal matrix of a vector, or the diagonal of a matrix as a column."),
        ("trace", [], "The sum of the diagonal of a square matrix."),
    ].map { name, aliases, summary in BuiltinFunction(name, aliases: aliases, arity: 1...1, summary: summary) }

    /// Functions with an optional second argument.
    private static let oneOrTwoArguments: [BuiltinFunction] = [
        BuiltinFunction(
            "max", arity: 1...2, labels: [axis, keepdims],
            summary: "The largest element of a (along an axis with axis=), or the elementwise maximum of a and b."),
        BuiltinFunction(
            "min", arity: 1...2, labels: [axis, keepdims],
            summary: "The smallest element of a (along an axis with axis=), or the elementwise minimum of a and b."),
        BuiltinFunction(
            "norm", arity: 1...2, positional: [.expression, .choice(["1", "2", "inf", "fro"])],
            summary: "The matrix or vector norm of order p: 1, 2 (the default), inf or fro."),
    ]

    /// Sums and means of the elements, of all of them or along an axis, stacking over time, and
    /// the softmax loss.
    private static let reductions: [BuiltinFunction] = [
        BuiltinFunction(
            "sum", arity: 1...1, labels: [axis, keepdims],
            summary: "The sum of the elements of a, or along an axis with axis= (numpy's a.sum(axis=…))."),
        BuiltinFunction(
            "mean", arity: 1...1, labels: [axis, keepdims],
            summary: "The mean of the elements of a, or along an axis with axis= (numpy's a.mean(axis=…))."),
        BuiltinFunction(
            "stack", arity: 1...1, positional: [.sequence], labels: [Label("axis", .choice(["0", "1", "2", "3", "-1", "-2", "-3", "-4"]))],
            summary: "The steps h[1], …, h[T] of a time-indexed name stacked along a new axis (numpy's np.stack(…, axis=…))."),
        BuiltinFunction(
            "cross_entropy", arity: 2...3,
            summary: "−(1/N) Σₙ maskₙ·log softmax(scoresₙ)[targetₙ] over the N rows of scores (CS231n's temporal_softmax_loss)."),
    ]

    /// Derivatives, with respect to a parameter or a state at one time step.
    private static let calculus: [BuiltinFunction] = [
        ("grad", "The total derivative of scalar f with respect to x through every path, shaped like x."),
        ("partial", "The derivative of f with respect to x's direct appearances only, shaped like x."),
        ("jacobian", "The matrix ∂y/∂x: one row per element of y, one column per element of x."),
    ].map { name, summary in
        BuiltinFunction(name, arity: 2...2, positional: [.expression, .variable], summary: summary)
    }

    /// Parameter counts, gradient clipping, scheduled sampling, gradient bounds.
    private static let training: [BuiltinFunction] = [
        BuiltinFunction(
            "params", arity: 1...1, positional: [.choice(["elman", "lstm", "gru"])],
            labels: [
                Label("input", .count, isRequired: true), Label("hidden", .count, isRequired: true),
                Label("layers", .count), Label("bidirectional", boolean), Label("bias", boolean),
                Label("proj_size", .count), Label("output", .count),
                Label("convention", .choice(["pytorch", "keras", "textbook", "chung", "peephole"])),
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
