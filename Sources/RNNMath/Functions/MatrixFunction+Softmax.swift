import RealModule

/// `softmax` and `log_softmax` along an axis. Both shift each line by its largest element before
/// exponentiating, so large scores neither overflow nor lose the small probabilities;
/// `log_softmax` is computed fused, as `(a − m) − ln Σⱼ e^{aⱼ − m}`, never as the logarithm of a
/// softmax that may have rounded to 0. Values are approximate (`Double`).
extension MatrixFunction {
    /// `softmax(a)ᵢ = e^{aᵢ} / Σⱼ e^{aⱼ}` over each line of `a` along `axis`; with no axis, down
    /// an n×1 column and along the rows of any other matrix (``Matrix/defaultVectorAxis``). With
    /// `s = softmax(a)` on one line, `∂/∂a = s ⊙ (G − Σⱼ sⱼGⱼ)`.
    ///
    ///     MatrixFunction.softmaxEntry(along: .vertical).label   // "softmax(axis=0)"
    package static func softmaxEntry(along axis: Matrix.Axis?) -> MatrixFunction {
        MatrixFunction(
            "softmax", summary: "exp(x_i) / Σ_j exp(x_j) over a column vector, or along each row of a matrix (axis= to choose).",
            shape: .columnVector, label: label("softmax", axis),
            apply: { x throws(MathError) in try normalised(x, along: axis ?? x.defaultVectorAxis, logarithm: false) },
            backward: { g, _, s throws(MathError) in
                let (gradient, probabilities) = (g.doubleValues, s.doubleValues)
                var result = [Double](repeating: 0, count: gradient.count)
                for line in s.lines(along: axis ?? s.defaultVectorAxis) {
                    var dot = 0.0
                    for i in line { dot += probabilities[i] * gradient[i] }
                    for i in line { result[i] = probabilities[i] * (gradient[i] - dot) }
                }
                return try approximateMatrix(s.rows, s.cols, result, operation: "softmax′")
            },
            double: { _ in 1 })
    }

    /// `log_softmax(a)ᵢ = aᵢ − ln Σⱼ e^{aⱼ}` over each line along `axis` (default as for
    /// ``softmaxEntry(along:)``); `∂/∂a = G − softmax(a)·Σⱼ Gⱼ` on each line.
    package static func logSoftmaxEntry(along axis: Matrix.Axis?) -> MatrixFunction {
        MatrixFunction(
            "log_softmax", summary: "x_i − log Σ_j exp(x_j), computed without overflow, over a column vector or along each row.",
            shape: .columnVector, label: label("log_softmax", axis),
            apply: { x throws(MathError) in try normalised(x, along: axis ?? x.defaultVectorAxis, logarithm: true) },
            backward: { g, _, out throws(MathError) in
                let (gradient, logs) = (g.doubleValues, out.doubleValues)
                var result = [Double](repeating: 0, count: gradient.count)
                for line in out.lines(along: axis ?? out.defaultVectorAxis) {
                    var total = 0.0
                    for i in line { total += gradient[i] }
                    for i in line { result[i] = gradient[i] - Double.exp(logs[i]) * total }
                }
                return try approximateMatrix(out.rows, out.cols, result, operation: "log_softmax′")
            },
            double: { _ in 0 })
    }

    /// `softmax`, or `softmax(axis=0)` for an explicit axis.
    private static func label(_ name: String, _ axis: Matrix.Axis?) -> String {
        guard let axis else { return name }
        return "\(name)(axis=\(axis == .vertical ? 0 : 1))"
    }

    /// Each line of `x` along `axis` shifted by its maximum m: `e^{a−m} / Σ e^{a−m}`, or with
    /// `logarithm`, `(a − m) − ln Σ e^{a−m}`.
    private static func normalised(_ x: Matrix, along axis: Matrix.Axis, logarithm: Bool) throws(MathError) -> Matrix {
        let values = x.doubleValues
        var result = [Double](repeating: 0, count: values.count)
        for line in x.lines(along: axis) {
            let largest = line.map { values[$0] }.max() ?? 0
            var total = 0.0
            for i in line { total += Double.exp(values[i] - largest) }
            for i in line {
                result[i] = logarithm ? (values[i] - largest) - Double.log(total) : Double.exp(values[i] - largest) / total
            }
        }
        return try approximateMatrix(x.rows, x.cols, result, operation: logarithm ? "log_softmax" : "softmax")
    }

    /// A matrix of approximate elements; a value beyond the floating-point range is an overflow.
    private static func approximateMatrix(_ rows: Int, _ cols: Int, _ values: [Double], operation: String) throws(MathError) -> Matrix {
        guard let matrix = Matrix.dense(shape: [rows, cols], values) else { throw .overflow(operation: operation) }
        return matrix
    }
}

extension MatrixFunction {
    /// The registry's function of whole vectors spelled `name` (`softmax`, `log_softmax`)
    /// running along `axis`, or nil when `name` is not one.
    package static func named(_ name: String, along axis: Matrix.Axis) -> MatrixFunction? {
        switch named(name)?.name {
        case softmax.name?: softmaxEntry(along: axis)
        case logSoftmax.name?: logSoftmaxEntry(along: axis)
        default: nil
        }
    }
}
