import RNNExpr

/// A design part: the student supplies some of a model's parameters, and the network is
/// graded by what it does.
package struct DesignSpec: Sendable {
    /// The model whose free parameters the student supplies.
    package var modelID: String
    package var free: [String]
    /// The time-indexed name whose values are the network's outputs.
    package var output: String
    /// The values one input step can take (scalars, or vectors for several input lines).
    package var alphabet: [Located<Expr>]
    /// Exhaustive checking covers every sequence up to this length; nil: about a million sequences.
    package var maxLength: Int?
    package var randomCount: Int
    package var randomLength: Int
    package var seed: UInt64
    /// Outputs read as they are (`exact`) or against a threshold with a margin.
    package var thresholdReading: (threshold: Double, margin: Double)?
    /// Explicit input/output cases.
    package var cases: [(input: [Located<Expr>], output: [Located<Expr>], line: Int)]
    /// An expression over the input prefix giving the intended output at each step.
    package var expectation: Located<Expr>?
    /// A reference model with all parameters fixed, whose outputs are the intended ones.
    package var referenceModelID: String?
}
