import RNNExpr

extension Expr {
    /// The tree with `transform` applied bottom-up: each node is rebuilt from its rewritten
    /// children, then replaced by `transform`'s result when it returns one.
    func rewritten(_ transform: (Expr) -> Expr?) -> Expr {
        var node = self
        switch kind {
        case .number, .name:
            break
        case let .index(base, indices):
            node.kind = .index(base: base.rewritten(transform), indices: indices.map { $0.rewritten(transform) })
        case let .call(name, arguments):
            node.kind = .call(name: name, arguments: arguments.map { argument in
                var copy = argument
                copy.value = argument.value.rewritten(transform)
                return copy
            })
        case let .unary(op, operand):
            node.kind = .unary(op, operand.rewritten(transform))
        case let .binary(op, left, right):
            node.kind = .binary(op, left.rewritten(transform), right.rewritten(transform))
        case let .transpose(operand):
            node.kind = .transpose(operand.rewritten(transform))
        case let .matrix(rows):
            node.kind = .matrix(rows.map { $0.map { $0.rewritten(transform) } })
        case let .sumOverTime(body):
            node.kind = .sumOverTime(body.rewritten(transform))
        case let .slice(start, stop, step):
            node.kind = .slice(
                start: start?.rewritten(transform), stop: stop?.rewritten(transform), step: step?.rewritten(transform))
        }
        return transform(node) ?? node
    }

    /// A synthesized node (its range is the whole of `self`, for diagnostics).
    func synthesized(_ kind: Kind) -> Expr { Expr(kind, range: range) }
}
