import RNNExpr
import RNNMath

extension FunctionCall {
    /// `stack(h, axis=k)`: the steps h[1], …, h[T] of a time-indexed name stacked along a new
    /// axis, as `numpy.stack([h1, …, hT], axis=k)` (axis 0 by default; negative axes count from
    /// the end). Each step is read as numpy reads rnngrade's values: a 1×1 value is a number, a
    /// matrix with one row a 1-D array, any other matrix a matrix, and an array with leading axes
    /// keeps them. So N×H states stacked with `axis=1` give CS231n's (N, T, H) array of all
    /// hidden states. It is a value of the whole sequence, so not one inside an equation.
    func stackOverTime() throws(SolverError) -> NodeID {
        guard builder.step == nil else {
            throw SolverError("stack takes every step, so it cannot be used inside an equation or sum_t", range: range)
        }
        let argument = try argument(0)
        guard case .name(let stepName) = argument.kind, builder.run.isTimeIndexed(stepName) else {
            throw SolverError("stack takes a time-indexed name, such as stack(h, axis=1) for h[1], …, h[T]", range: argument.range)
        }
        let steps = builder.run.steps
        guard steps > 0 else { throw SolverError("stack needs a model with at least one step", range: range) }
        var parts: [NodeID] = []
        for t in 1...steps { parts.append(try builder.run.node(stepName, at: t, range: argument.range)) }
        let partShape = Self.numpyShape(graph.value(parts[0]))
        let word = labelled("axis") ?? "0"
        guard let written = Int(word), (-(partShape.count + 1)...partShape.count).contains(written) else {
            throw SolverError("axis must be a whole number from \(-(partShape.count + 1)) to \(partShape.count) for steps of shape \(Matrix.shapeText(partShape)), not \(word)", range: range)
        }
        let axis = written < 0 ? written + partShape.count + 1 : written
        return try builder.wrap(range) { () throws(GraphError) in
            try graph.stack(parts, partShape: partShape, axis: axis)
        }
    }

    /// numpy's shape of a value: `()` for 1×1, `(n,)` for a 1×n row, else the stored shape.
    static func numpyShape(_ value: Matrix) -> [Int] {
        if value.hasLeadingAxes { return value.shape }
        if value.isScalar { return [] }
        return value.rows == 1 ? [value.cols] : [value.rows, value.cols]
    }
}
