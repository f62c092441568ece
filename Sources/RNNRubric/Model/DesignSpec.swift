import RNNExpr

/// A design part: the student supplies some of a model's parameters, and the network is
/// graded by what it does.
public struct DesignSpec: Sendable {
    /// The model whose free parameters the student supplies.
    public var modelID: String
    public var free: [String]
    /// The time-indexed name whose values are the network's outputs.
    public var output: String
    /// The values one input step can take (scalars, or vectors for several input lines).
    public var alphabet: [Located<Expr>]
    /// Exhaustive checking covers every sequence up to this length; nil: about a million sequences.
    public var maxLength: Int?
    public var randomCount: Int
    public var randomLength: Int
    public var seed: UInt64
    /// Outputs read as they are (`exact`) or against a threshold with a margin.
    public var thresholdReading: (threshold: Double, margin: Double)?
    /// Explicit input/output cases.
    public var cases: [(input: [Located<Expr>], output: [Located<Expr>], line: Int)]
    /// An expression over the input prefix giving the intended output at each step.
    public var expectation: Located<Expr>?
    /// A reference model with all parameters fixed, whose outputs are the intended ones.
    public var referenceModelID: String?
}
