/// A model equation: `h[t] = sigmoid(W*h[t-1] + U*x[t])`, `y[1] = phi(v'*h[1] + c0)`, `L = …`.
public struct Equation: Hashable, Sendable {
    /// The name being defined: `"h"`.
    public var name: String
    /// Where the name is.
    public var nameRange: SourceRange
    /// The time index on the left-hand side, if any: `t`, `1`, `t-1`.
    public var index: Expr?
    /// The right-hand side.
    public var right: Expr
    /// The whole equation.
    public var range: SourceRange

    /// Creates an equation.
    public init(name: String, nameRange: SourceRange, index: Expr?, right: Expr, range: SourceRange) {
        self.name = name
        self.nameRange = nameRange
        self.index = index
        self.right = right
        self.range = range
    }
}
