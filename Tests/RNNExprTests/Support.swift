import RNNExpr

/// The tree as an S-expression, independent of `description`, to test structure:
/// `-x^2` is `(neg (^ x 2))`, `h[t-1]` is `(index h (- t 1))`.
func shape(_ expression: Expr) -> String {
    switch expression.kind {
    case let .number(text), let .name(text):
        return text
    case let .index(base, indices):
        return "(index \(([base] + indices).map(shape).joined(separator: " ")))"
    case let .call(name, arguments):
        let inside = arguments.map { argument in
            argument.label.map { "\($0)=\(shape(argument.value))" } ?? shape(argument.value)
        }
        return "(\(([name] + inside).joined(separator: " ")))"
    case let .unary(op, operand):
        return "(\(op == .negate ? "neg" : "pos") \(shape(operand)))"
    case let .binary(op, left, right):
        return "(\(op.rawValue) \(shape(left)) \(shape(right)))"
    case let .transpose(operand):
        return "(' \(shape(operand)))"
    case let .matrix(rows):
        return "(matrix " + rows.map { "[" + $0.map(shape).joined(separator: " ") + "]" }.joined(separator: " ") + ")"
    case let .sumOverTime(operand):
        return "(sum_t \(shape(operand)))"
    case let .slice(start, stop, step):
        return "(: " + [start, stop, step].map { $0.map(shape) ?? "_" }.joined(separator: " ") + ")"
    }
}

/// The shape of `source` parsed, or the error's message.
func parsedShape(_ source: String) -> String {
    do {
        return shape(try ExpressionParser.parseExpression(source))
    } catch {
        return "error: \(error.message)"
    }
}

/// The error `source` gives, rendered for `rubric.xml` line 1 column 1, or `no error`.
func renderedError(_ source: String) -> String {
    do {
        _ = try ExpressionParser.parseExpression(source)
        return "no error"
    } catch {
        return error.rendered(source: source, file: "rubric.xml", line: 1, column: 1)
    }
}
