import RNNMath

/// A failure while building a graph or differentiating it.
package enum GraphError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The operation labelled `op` failed with `error` (in its forward or backward rule).
    case operation(op: String, error: MathError)
    /// `backward(from:)` needs a 1×1 output; the output had `shape`.
    case nonScalarOutput(shape: String)

    /// A plain-words sentence naming the operation.
    ///
    ///     GraphError.operation(op: "matmul", error: .shapeMismatch(operation: "matrix product", lhs: "2×3", rhs: "2×3"))
    ///     // "in matmul: shape mismatch in matrix product: the left operand is 2×3 but the right operand is 2×3"
    package var description: String {
        switch self {
        case let .operation(op, error):
            "in \(op): \(error)"
        case let .nonScalarOutput(shape):
            "gradients need a 1×1 output (a scalar loss), but the output is \(shape); use jacobian(of:withRespectTo:) for non-scalar outputs"
        }
    }
}
