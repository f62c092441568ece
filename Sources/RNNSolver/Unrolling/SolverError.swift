import RNNExpr
import RNNMath

/// Why a value could not be computed: a sentence in the rubric author's terms, and where in
/// the expression it happened when that is known.
public struct SolverError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong, naming the quantity, the shapes or the step.
    public var message: String
    /// The offending part of the expression being evaluated, if known.
    public var range: SourceRange?

    public init(_ message: String, range: SourceRange? = nil) {
        self.message = message
        self.range = range
    }

    /// The error from a failed graph operation, located at `range`.
    init(_ error: GraphError, at range: SourceRange?) {
        self.init(error.description, range: range)
    }

    /// The error from a failed matrix operation, located at `range`.
    init(_ error: MathError, at range: SourceRange?) {
        self.init(error.description, range: range)
    }

    public var description: String { message }
}
