/// The kind of answer a rubric part expects, which decides how the student's text is read.
///
/// Raw values are the rubric's attribute values (`<answer syntax="multiple-choice"/>`).
package enum AnswerSyntax: String, CaseIterable, Sendable {
    /// One real number: decimal, scientific notation, fraction, or `inf`/`nan`.
    case number
    /// A vector in bracket, MATLAB or numpy form; a flat list reads as a column (n×1).
    case vector
    /// A matrix in bracket, MATLAB or numpy form; a flat list reads as one row (1×n).
    case matrix
    /// An interval such as `(0, 1]`, `(-inf, 0]` or `]0, 1[`.
    case interval
    /// One choice label such as `b`, `(b)`, `B` or `b)`.
    case choice
    /// Several choice labels such as `a, c`, `a c` or `{a, c}`.
    case multipleChoice = "multiple-choice"
    /// A formula in named variables, written in the expression language.
    case formula
    /// A set of named weights: `W = [[-1, -1], [1, 1]]; b = [1, -1]; r = 1`.
    case weights
}
