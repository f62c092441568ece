/// Checks the names and calls of a parsed expression against a `NameScope`.
///
/// It reports every problem, in source order, rather than stopping at the first:
/// undefined names (with "did you mean …?"), a time-indexed name with a slice or two indices,
/// an equation's left side that indexes a name that takes
/// no time index, a time-indexed name without one (only when `requiresTimeIndex`), `t` outside
/// a subscript,
/// unknown functions, wrong arity, unknown, repeated or missing labels, and arguments of the
/// wrong kind (`params(lstm, convention=torch)`).
///
/// ```swift
/// let checker = ExpressionChecker(scope: NameScope(names: ["W_h", "L"], timeIndexed: ["h"]))
/// checker.errors(in: try ExpressionParser.parseExpression("grad(L, Wh)"))
/// // [undefined name 'Wh' — did you mean 'W_h'?]
/// ```
package struct ExpressionChecker: Hashable, Sendable {
    /// The names and functions in scope.
    package var scope: NameScope
    /// Whether a time-indexed name must carry its index (`h[t]`, not `h`).
    package var requiresTimeIndex: Bool

    /// Creates a checker.
    package init(scope: NameScope, requiresTimeIndex: Bool = false) {
        self.scope = scope
        self.requiresTimeIndex = requiresTimeIndex
    }

    /// Every problem in `expression`; empty when it is fine.
    package func errors(in expression: Expr) -> [ExpressionError] {
        var errors: [ExpressionError] = []
        check(expression, inTimeIndex: false, into: &errors)
        return errors
    }

    /// Every problem in `equation`: its left side is checked as the expression `name[index]`
    /// (or `name`), where only a time-indexed name may carry an index, then its right side.
    package func errors(in equation: Equation) -> [ExpressionError] {
        let name = Expr(.name(equation.name), range: equation.nameRange)
        guard let index = equation.index else { return errors(in: name) + errors(in: equation.right) }
        var left: [ExpressionError] = []
        if scope.names.contains(equation.name) {
            left.append(ExpressionError(
                message: "'\(equation.name)' is not time-indexed",
                range: SourceRange(lowerBound: name.range.upperBound, upperBound: index.range.upperBound),
                expected: timeIndexedNote))
        } else {
            left = errors(in: Expr(.index(base: name, indices: [index]), range: name.range.union(index.range)))
        }
        return left + errors(in: equation.right)
    }

    /// Appends the problems of `expression` and its subexpressions to `errors`.
    func check(_ expression: Expr, inTimeIndex: Bool, into errors: inout [ExpressionError]) {
        switch expression.kind {
        case .number:
            break
        case let .name(name):
            if let error = nameError(name, at: expression.range, inTimeIndex: inTimeIndex) {
                errors.append(error)
            }
        case let .index(base, indices):
            checkIndex(expression, base: base, indices: indices, into: &errors)
        case let .call(name, arguments):
            checkCall(expression, name: name, arguments: arguments, into: &errors)
        case .unary, .binary, .transpose, .matrix, .sumOverTime, .slice:
            for child in expression.children {
                check(child, inTimeIndex: inTimeIndex, into: &errors)
            }
        }
    }

    /// The problem with a bare name, if any.
    private func nameError(_ name: String, at range: SourceRange, inTimeIndex: Bool) -> ExpressionError? {
        if scope.names.contains(name) { return nil }
        if inTimeIndex {
            if scope.timeVariables.contains(name) { return nil }
            return ExpressionError(
                message: "undefined name '\(name)' in a time index", range: range,
                expected: suggestion(for: name, among: scope.timeVariables.union(scope.names))
                    ?? "use t, T, a number or a parameter")
        }
        if scope.timeIndexed.contains(name) {
            guard requiresTimeIndex else { return nil }
            return ExpressionError(
                message: "'\(name)' needs a time index", range: range, expected: "write \(name)[t] or \(name)[1]")
        }
        if scope.timeVariables.contains(name) {
            return ExpressionError(
                message: "'\(name)' can only be used inside a time index", range: range,
                expected: "as in h[\(name)]")
        }
        if scope.function(named: name) != nil {
            return ExpressionError(
                message: "'\(name)' is a function", range: range, expected: "call it: \(name)(…)")
        }
        return ExpressionError(
            message: "undefined name '\(name)'", range: range,
            expected: suggestion(for: name, among: scope.names.union(scope.timeIndexed)))
    }

    /// `h[t-1]` is a time index: `h` is time-indexed and there is exactly one index, not a
    /// slice. Any other subscript indexes an array as numpy does (`W[1]`, `a[:, :H]`,
    /// `W_embed[captions]`, `h[t][0]`, `x[:, t, :]`), whose indices may use `t`.
    private func checkIndex(_ expression: Expr, base: Expr, indices: [Expr], into errors: inout [ExpressionError]) {
        let subscriptRange = SourceRange(lowerBound: base.range.upperBound, upperBound: expression.range.upperBound)
        let hasSlice = indices.contains { if case .slice = $0.kind { true } else { false } }
        if case let .name(name) = base.kind, scope.timeIndexed.contains(name) {
            if hasSlice {
                errors.append(ExpressionError(
                    message: "'\(name)' changes with time: give the step first", range: subscriptRange,
                    expected: "as in \(name)[t][\(indices.map { $0.printed(compact: true) }.joined(separator: ", "))]"))
            } else if indices.count > 1 {
                errors.append(ExpressionError(
                    message: "'\(name)' takes one time index", range: subscriptRange,
                    expected: "write \(name)[t]"))
            }
        } else {
            // The number of indices is checked against the value's shape when it is known.
            check(base, inTimeIndex: false, into: &errors)
        }
        for index in indices {
            check(index, inTimeIndex: true, into: &errors)
        }
    }

    /// `time-indexed names: h, x` (at most six, alphabetical), or `nothing here is time-indexed`.
    private var timeIndexedNote: String {
        let names = scope.timeIndexed.sorted()
        guard !names.isEmpty else { return "nothing here is time-indexed" }
        let shown = names.prefix(6).joined(separator: ", ") + (names.count > 6 ? ", …" : "")
        return "time-indexed names: \(shown)"
    }

    /// `did you mean 'W_h'?` when a candidate is close to `word`.
    func suggestion(for word: String, among candidates: some Sequence<String>) -> String? {
        closest(to: word, among: candidates).map { "did you mean '\($0)'?" }
    }
}
