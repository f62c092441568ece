import RNNMath

extension Graph {
    /// Refuses an operation that takes matrices only when an operand has leading axes (numpy
    /// rank 3 or more), naming the operand and its numpy shape, so that such a value is never
    /// misread as a matrix. Operations that know about leading axes record with `anyRank`.
    func requireMatrices(_ op: String, _ parents: [NodeID]) throws(MathError) {
        for parent in parents where value(parent).hasLeadingAxes {
            throw value(parent).rankError(operation: op, name: name(parent) ?? "its operand")
        }
    }
}
