import RNNMath

extension Graph {
    /// `√a` elementwise, exact for perfect rational squares; `∂/∂a = G ⊘ (2√a)`.
    package func squareRoot(_ a: NodeID) throws(GraphError) -> NodeID {
        let x = value(a)
        return try record("sqrt", [a]) { () throws(MathError) in
            try x.map { (s: Scalar) throws(MathError) in try s.squareRoot() }
        } backward: { g, out throws(MathError) in
            [try g.dividingElementwise(by: try out.scaled(by: Scalar(2)))]
        }
    }

    /// A value computed from `parents` by `op` outside the graph (a determinant, a norm, an
    /// eigenvalue): its forward value is `value`, and asking for a gradient through it is an
    /// error naming `op`, never a silent zero.
    package func opaque(_ op: String, value: Matrix, parents: [NodeID]) throws(GraphError) -> NodeID {
        try record(op, parents) { () throws(MathError) in value } backward: { _, _ throws(MathError) in
            throw .domain(operation: op, detail: "rnngrade cannot differentiate through \(op); ask for the gradient of an expression without it")
        }
    }
}
