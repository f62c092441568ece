import RNNMath

extension Graph {
    /// `f(a)` for a registered function: its forward value and, beside it, its gradient rule,
    /// both taken from the ``MatrixFunction`` entry; the op label is the entry's `label`.
    ///
    ///     let z = g.constant(.scalar(.zero), label: "z")
    ///     g.value(try g.apply(.sigmoid, z))   // [[0.5]]
    package func apply(_ function: MatrixFunction, _ a: NodeID) throws(GraphError) -> NodeID {
        let x = value(a)
        return try record(function.label, [a], anyRank: function.shape == .elementwise) { () throws(MathError) in
            try function.apply(x)
        } backward: { g, out throws(MathError) in
            [try function.backward(g, x, out)]
        }
    }
}
