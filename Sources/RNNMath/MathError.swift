/// A failure of an arithmetic or linear-algebra operation, reported instead of trapping.
///
/// Every message names the operation and, where shapes are involved, both shapes, so that a
/// rubric author or student can act on it:
///
///     MathError.shapeMismatch(operation: "addition", lhs: "2×3", rhs: "3×2").description
///     // "shape mismatch in addition: the left operand is 2×3 but the right operand is 3×2"
package enum MathError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The operands' shapes are incompatible for `operation` (shapes as `Matrix.shapeDescription`).
    case shapeMismatch(operation: String, lhs: String, rhs: String)
    /// A division whose divisor is zero (exact zero or floating-point zero).
    case divisionByZero
    /// `operation` needs a square matrix but was given one of `shape`.
    case notSquare(operation: String, shape: String)
    /// The matrix has no inverse (its determinant is zero, or numerically zero when approximate).
    case singular
    /// A floating-point result of `operation` is infinite or not a number.
    case overflow(operation: String)
    /// `operation` is not defined for its arguments; `detail` says why.
    case domain(operation: String, detail: String)
    /// Exact work that would exceed the rubric's ``WorkBudget``.
    case overBudget(BudgetExcess)

    /// A plain-words sentence describing the failure.
    package var description: String {
        switch self {
        case let .shapeMismatch(operation, lhs, rhs):
            "shape mismatch in \(operation): the left operand is \(lhs) but the right operand is \(rhs)"
        case .divisionByZero:
            "division by zero"
        case let .notSquare(operation, shape):
            "\(operation) needs a square matrix, but the matrix is \(shape)"
        case .singular:
            "the matrix is singular (its determinant is zero), so it has no inverse"
        case let .overflow(operation):
            "\(operation) overflowed: the result is too large (or undefined) as a floating-point number"
        case let .domain(operation, detail):
            "\(operation) is not defined here: \(detail)"
        case let .overBudget(excess):
            excess.description
        }
    }
}
