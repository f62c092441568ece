/// A node of the syntax tree of an expression, with the source range it was parsed from.
///
/// Parentheses leave no node of their own: `(a + b)*c` is `binary(.multiply, a + b, c)`, and the
/// range of `a + b` includes its parentheses.
///
/// Example: `h[t-1]` is `index(base: name("h"), indices: [binary(.subtract, name("t"), number("1"))])`.
package struct Expr: Hashable, Sendable {
    /// What the node is.
    package var kind: Kind {
        didSet { height = kind.height }
    }
    /// Where the node is in the source, in `Character` offsets; for a parenthesised
    /// expression it includes the parentheses.
    package var range: SourceRange
    /// The number of levels of the tree rooted here: 1 for a leaf. The parser rejects trees
    /// taller than `ExpressionParser.maximumDepth`, so recursive walks over parsed trees are safe.
    package private(set) var height: Int

    /// Creates a node.
    package init(_ kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
        self.height = kind.height
    }

    /// The kinds of node.
    package indirect enum Kind: Hashable, Sendable {
        /// A numeric literal, exactly as written: `12`, `0.5`, `.5`, `1e-3`. Never negative:
        /// `-0.25` is `unary(.negate, number("0.25"))`.
        case number(String)
        /// A name: a parameter, a state, a time variable (`t`, `T`) or a word such as `lstm`.
        case name(String)
        /// A subscript: a time step `h[t-1]`, `x[2]`, or numpy indexing of any other value
        /// (`a[:, :H]`, `A[i, j]`, `W[captions]`); the parser allows any base and several
        /// indices, `ExpressionChecker` decides what is meaningful.
        case index(base: Expr, indices: [Expr])
        /// A function call with positional and labelled arguments: `params(lstm, input=10)`.
        case call(name: String, arguments: [Argument])
        /// A prefix operator: `-x`.
        case unary(UnaryOperator, Expr)
        /// An infix operator: `a + b`, `W*h`, `r ⊙ h`, `x^2`.
        case binary(BinaryOperator, Expr, Expr)
        /// A transpose, written `v'` or `W^T`.
        case transpose(Expr)
        /// A matrix literal as rows of elements; every row has the same length.
        ///
        /// `[[1, 2], [3, 4]]` and `[1 2; 3 4]` are 2×2; `[1 2 3]` (blanks, MATLAB) is a 1×3 row;
        /// `[1; 2; 3]` and the comma list `[1, 2, 3]` are 3×1 columns, since a vector is a column.
        case matrix([[Expr]])
        /// `sum_t e`: the sum of `e` over t = 1…T.
        case sumOverTime(Expr)
        /// A numpy slice `start:stop:step`, each part optional (`:`, `:H`, `1:3`, `::2`). The
        /// parser makes one only as an index of an array subscript: `a[:, :H]`.
        case slice(start: Expr?, stop: Expr?, step: Expr?)
    }

    /// One argument of a call: `lstm` or `hidden=20`.
    package struct Argument: Hashable, Sendable {
        /// The label before `=`, if any: `"hidden"` in `hidden=20`.
        package var label: String?
        /// The argument's value.
        package var value: Expr
        /// The whole argument, label included.
        package var range: SourceRange

        /// Creates an argument.
        package init(label: String?, value: Expr, range: SourceRange) {
            self.label = label
            self.value = value
            self.range = range
        }
    }

    /// The node's direct subexpressions in source order (call arguments by value).
    package var children: [Expr] { kind.children }
}

extension Expr.Kind {
    /// The direct subexpressions in source order.
    var children: [Expr] {
        switch self {
        case .number, .name: []
        case let .index(base, indices): [base] + indices
        case let .call(_, arguments): arguments.map(\.value)
        case let .unary(_, operand), let .transpose(operand), let .sumOverTime(operand): [operand]
        case let .binary(_, left, right): [left, right]
        case let .matrix(rows): rows.flatMap { $0 }
        case let .slice(start, stop, step): [start, stop, step].compactMap { $0 }
        }
    }

    /// One more than the tallest child; 1 for a leaf.
    var height: Int {
        1 + children.reduce(0) { max($0, $1.height) }
    }
}
