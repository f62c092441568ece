/// A prefix operator.
package enum UnaryOperator: String, Hashable, Sendable, CaseIterable {
    /// `-x` (also written with the Unicode minus `−`).
    case negate = "-"
    /// `+x`, the identity.
    case plus = "+"
}

/// An infix operator. The raw value is the canonical spelling used by `Expr.description`.
package enum BinaryOperator: String, Hashable, Sendable, CaseIterable {
    /// `a + b`
    case add = "+"
    /// `a - b` (also `−`).
    case subtract = "-"
    /// `a*b` (also `×`, `·`, `⋅`): the matrix product; a scalar factor scales.
    case multiply = "*"
    /// `a @ b`: the matrix product, written explicitly.
    case matmul = "@"
    /// `a ⊙ b` (also `.*`, `∘`): the elementwise (Hadamard) product.
    case elementwise = "⊙"
    /// `a/b` (also `÷`).
    case divide = "/"
    /// `a^b` (also `**`), right-associative: `a^b^c` is `a^(b^c)`.
    case power = "^"

    /// How tightly the operator binds: 1 for `+ -`, 2 for `* @ ⊙ /`, 4 for `^`
    /// (3 is the prefix operators' level).
    var precedence: Int {
        switch self {
        case .add, .subtract: 1
        case .multiply, .matmul, .elementwise, .divide: 2
        case .power: 4
        }
    }
}
