import RNNMath

/// The rule that turns a node's upstream gradient into contributions for its parents.
///
/// Arguments: the gradient of the final output with respect to this node (same shape as the
/// node's value) and the node's forward value. Returns one contribution per parent, each of its
/// parent's shape, in the order of the node's parents.
typealias BackwardRule = (_ gradient: Matrix, _ output: Matrix) throws(MathError) -> [Matrix]

/// One recorded operation: what it was, what it computed, from what, and how to differentiate it.
struct Node {
    /// The operation label (`"matmul"`, `"sigmoid"`, `"leaf"`, …).
    let op: String
    /// The name of a leaf or the label of a constant; `nil` for computed nodes.
    let name: String?
    /// The forward value.
    let value: Matrix
    /// The operands, all earlier on the tape.
    let parents: [NodeID]
    /// The gradient rule, written beside the forward computation in each primitive.
    let backward: BackwardRule
}
