import RNNMath

extension Graph {
    /// A value computed from `parents` by `op` outside the graph (a determinant, a norm, an
    /// eigenvalue): its forward value is `value`, and asking for a gradient through it is an
    /// error naming `op`, never a silent zero.
    package func opaque(_ op: String, value: Matrix, parents: [NodeID]) throws(GraphError) -> NodeID {
        try record(op, parents) { () throws(MathError) in value } backward: { _, _ throws(MathError) in
            throw .domain(operation: op, detail: "rnngrade cannot differentiate through \(op); ask for the gradient of an expression without it")
        }
    }
}
