import RNNExpr
import RNNMath

/// A student's answer once read, before it is graded.
///
/// Numbers written as decimals or fractions are exact (`0.1` is 1/10); `inf`, `-inf` and `nan`
/// are read as approximate values so the comparator can mark them wrong with a message.
package enum AnswerValue: Hashable, Sendable {
    /// One number.
    case number(Scalar)
    /// A vector or matrix, in the shape written; a vector read from a flat list is n×1.
    case matrix(Matrix)
    /// An interval.
    case interval(Interval)
    /// Choice labels, lower case, sorted, without repeats.
    case choices([String])
    /// A formula's syntax tree with the text it was read from.
    case formula(Expr, text: String)
    /// The named weights of a design answer, in the order written.
    case weights([WeightEntry])
}
