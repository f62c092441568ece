/// A model equation: `h[t] = sigmoid(W*h[t-1] + U*x[t])`, `y[1] = phi(v'*h[1] + c0)`, `L = …`.
package struct Equation: Hashable, Sendable {
    /// The name being defined: `"h"`.
    package var name: String
    /// Where the name is.
    package var nameRange: SourceRange
    /// The time index on the left-hand side, if any: `t`, `1`, `t-1`.
    package var index: Expr?
    /// The right-hand side.
    package var right: Expr
    /// The whole equation.
    package var range: SourceRange

    /// Creates an equation.
    package init(name: String, nameRange: SourceRange, index: Expr?, right: Expr, range: SourceRange) {
        self.name = name
        self.nameRange = nameRange
        self.index = index
        self.right = right
        self.range = range
    }
}
