extension Expr: CustomStringConvertible {
    /// The expression printed back canonically with as few parentheses as its meaning needs.
    ///
    /// Spelling: `a + b`, `a - b`, `a*b`, `a/b`, `a^b`, `A @ B`, `a ⊙ b`, `-a`, `v'` (also for
    /// `W^T`), `sum_t e`, `f(x, label=v)`, `a[:, 1:3]`; inside a subscript `+` and `-` are
    /// unspaced (`h[t-1]`).
    /// A column (n×1, n > 1) prints as `[a, b]`, any other matrix by rows as `[[a, b], [c, d]]`.
    /// Parsing the printed text gives the same tree (ranges aside).
    ///
    /// Example: `(a*b) + (c^d)^e` prints as `a*b + (c^d)^e`.
    package var description: String { printed(compact: false) }

    /// The binding strength of the node's outermost construct: 1 sum, 2 product, 3 prefix,
    /// 4 power, 5 postfix, 6 atom.
    private var precedence: Int {
        switch kind {
        case let .binary(op, _, _): op.precedence
        case .unary, .sumOverTime: 3
        case .index, .transpose: 5
        case .number, .name, .call, .matrix, .slice: 6
        }
    }

    /// The node printed; `compact` leaves `+` and `-` unspaced, as inside a time index.
    func printed(compact: Bool) -> String {
        switch kind {
        case let .number(text), let .name(text):
            return text
        case let .index(base, indices):
            let inside = indices.map { $0.printed(compact: true) }.joined(separator: ", ")
            return "\(base.operand(atLeast: 5, compact: compact))[\(inside)]"
        case let .call(name, arguments):
            let inside = arguments.map { argument in
                let value = argument.value.printed(compact: compact)
                return argument.label.map { "\($0)=\(value)" } ?? value
            }
            return "\(name)(\(inside.joined(separator: ", ")))"
        case let .unary(op, operand):
            return op.rawValue + operand.operand(atLeast: 3, compact: compact)
        case let .binary(op, left, right):
            let (leftMinimum, rightMinimum) = op == .power ? (5, 3) : (op.precedence, op.precedence + 1)
            let symbol = switch op {
            case .add, .subtract: compact ? op.rawValue : " \(op.rawValue) "
            case .matmul, .elementwise: " \(op.rawValue) "
            case .multiply, .divide, .power: op.rawValue
            }
            // `W^(T)` keeps a power of the name T from reading back as a transpose.
            let rightText = op == .power && right.kind == .name("T")
                ? "(T)" : right.operand(atLeast: rightMinimum, compact: compact)
            return left.operand(atLeast: leftMinimum, compact: compact) + symbol + rightText
        case let .transpose(operand):
            return operand.operand(atLeast: 5, compact: compact) + "'"
        case let .matrix(rows):
            let printedRows = rows.map { $0.map { $0.printed(compact: compact) }.joined(separator: ", ") }
            if rows.count > 1, rows.allSatisfy({ $0.count == 1 }) {
                return "[\(printedRows.joined(separator: ", "))]"
            }
            return "[" + printedRows.map { "[\($0)]" }.joined(separator: ", ") + "]"
        case let .sumOverTime(operand):
            return "sum_t " + operand.operand(atLeast: 3, compact: compact)
        case let .slice(start, stop, step):
            let parts = [start, stop].map { $0?.printed(compact: true) ?? "" }.joined(separator: ":")
            return step.map { "\(parts):\($0.printed(compact: true))" } ?? parts
        }
    }

    /// The node printed as an operand that must bind at least as tightly as `minimum`.
    private func operand(atLeast minimum: Int, compact: Bool) -> String {
        let text = printed(compact: compact)
        return precedence >= minimum ? text : "(\(text))"
    }
}

extension Equation: CustomStringConvertible {
    /// The equation printed canonically: `h[t] = W*h[t-1] + U*x[t]`.
    package var description: String {
        let left = index.map { "\(name)[\($0.printed(compact: true))]" } ?? name
        return "\(left) = \(right)"
    }
}
