import RNNMath

extension GraphError {
    /// The arithmetic failure behind this error, for callers that work on plain matrices:
    /// the `MathError` of a failed operation, or a domain error for a non-scalar output.
    var mathError: MathError {
        switch self {
        case let .operation(_, error): error
        case let .nonScalarOutput(shape): .domain(operation: "gradient", detail: "the output is \(shape), not 1×1")
        }
    }
}
