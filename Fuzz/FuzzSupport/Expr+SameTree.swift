import RNNExpr

extension Expr {
    /// Whether `other` is the same tree: the same kinds, names, literals, operators, labels and
    /// children, wherever each node was in its source (ranges are ignored).
    package func isSameTree(as other: Expr) -> Bool {
        switch (kind, other.kind) {
        case let (.number(a), .number(b)), let (.name(a), .name(b)):
            return a == b
        case let (.index(base, indices), .index(otherBase, otherIndices)):
            return base.isSameTree(as: otherBase) && Expr.sameTrees(indices, otherIndices)
        case let (.call(name, arguments), .call(otherName, otherArguments)):
            return name == otherName && arguments.map(\.label) == otherArguments.map(\.label)
                && Expr.sameTrees(arguments.map(\.value), otherArguments.map(\.value))
        case let (.unary(op, operand), .unary(otherOp, otherOperand)):
            return op == otherOp && operand.isSameTree(as: otherOperand)
        case let (.binary(op, left, right), .binary(otherOp, otherLeft, otherRight)):
            return op == otherOp && left.isSameTree(as: otherLeft) && right.isSameTree(as: otherRight)
        case let (.transpose(operand), .transpose(otherOperand)), let (.sumOverTime(operand), .sumOverTime(otherOperand)):
            return operand.isSameTree(as: otherOperand)
        case let (.matrix(rows), .matrix(otherRows)):
            return rows.count == otherRows.count && zip(rows, otherRows).allSatisfy { Expr.sameTrees($0, $1) }
        case let (.slice(start, stop, step), .slice(otherStart, otherStop, otherStep)):
            return zip([start, stop, step], [otherStart, otherStop, otherStep]).allSatisfy { part, otherPart in
                switch (part, otherPart) {
                case (nil, nil): true
                case let (part?, otherPart?): part.isSameTree(as: otherPart)
                default: false
                }
            }
        default:
            return false
        }
    }

    /// Whether two lists of trees are the same length and pairwise the same tree.
    private static func sameTrees(_ first: [Expr], _ second: [Expr]) -> Bool {
        first.count == second.count && zip(first, second).allSatisfy { $0.isSameTree(as: $1) }
    }
}
