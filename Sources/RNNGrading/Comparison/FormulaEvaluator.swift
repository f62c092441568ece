import Foundation
import RNNExpr
import RNNMath

/// Evaluates a scalar formula in named variables, in doubles, for formula equivalence checks.
///
/// Supports numbers, variables, `pi`/`π`, `+ - * / ^` (and `@`, `⊙` on scalars), and every
/// registered function (``MatrixFunction/registry``: `sigmoid`, `tanh`, `log`/`ln`, …) by its
/// `Double` form. Anything else (indices, matrices, transposes, `sum_t`, other functions) is an
/// ``EvaluationError``.
package struct FormulaEvaluator {
    /// The value of each variable.
    package var variables: [String: Double]

    /// Makes an evaluator with the given variable values.
    package init(variables: [String: Double]) {
        self.variables = variables
    }

    /// The value of `expression`; a non-finite result is returned as is, for the caller to judge.
    package func evaluate(_ expression: Expr) throws(EvaluationError) -> Double {
        switch expression.kind {
        case let .number(text):
            guard let value = Double(text) else { throw EvaluationError("cannot read the number \(text)") }
            return value
        case let .name(name):
            if let value = variables[name] { return value }
            if name == "pi" || name == "π" { return Double.pi }
            throw EvaluationError("unknown variable ‘\(name)’")
        case let .unary(op, operand):
            let value = try evaluate(operand)
            return op == .negate ? -value : value
        case let .binary(op, left, right):
            return Self.apply(op, try evaluate(left), try evaluate(right))
        case let .call(name, arguments):
            guard arguments.count == 1, arguments[0].label == nil else {
                throw EvaluationError("\(name) takes one argument")
            }
            guard let function = Self.functions[name] else { throw EvaluationError("unknown function ‘\(name)’") }
            return function(try evaluate(arguments[0].value))
        case .index, .matrix, .transpose, .sumOverTime, .slice:
            throw EvaluationError("a formula answer must be a scalar expression in its variables")
        }
    }

    /// A binary operator on two doubles (matrix products of scalars are products).
    static func apply(_ op: BinaryOperator, _ left: Double, _ right: Double) -> Double {
        switch op {
        case .add: left + right
        case .subtract: left - right
        case .multiply, .matmul, .elementwise: left * right
        case .divide: left / right
        case .power: pow(left, right)
        }
    }

    /// The registered functions' `Double` forms, by every accepted name.
    static let functions: [String: @Sendable (Double) -> Double] = Dictionary(
        MatrixFunction.registry.flatMap { function in function.spellings.map { ($0, function.double) } },
        uniquingKeysWith: { first, _ in first })
}

/// Why a formula cannot be evaluated, as a sentence for the student.
package struct EvaluationError: Error, Hashable, Sendable {
    /// What is wrong.
    package var message: String

    /// Makes an error with a message.
    package init(_ message: String) {
        self.message = message
    }
}
