import RNNExpr
import RNNMath
import RNNRubric

/// Why a value could not be computed: a sentence in the rubric author's terms, and where in
/// the expression it happened when that is known.
package struct SolverError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong, naming the quantity, the shapes or the step.
    package var message: String
    /// The offending part of the expression being evaluated, if known.
    package var range: SourceRange?
    /// Where the expression that `range` points into starts in the rubric, when the error arose
    /// in a model element (an equation, quantity, parameter or initial value) rather than in the
    /// ask itself; `nil` means the ask.
    package var origin: SourcePosition?
    /// The budget limit the computation would have exceeded, when that is why it stopped.
    package var overBudget: BudgetExcess?

    /// The error `message`, pointing at `range` of the expression when that is known.
    package init(_ message: String, range: SourceRange? = nil) {
        self.message = message
        self.range = range
    }

    /// The error from a failed graph operation, located at `range`.
    package init(_ error: GraphError, at range: SourceRange?) {
        self.init(error.description, range: range)
        if case .operation(_, .overBudget(let excess)) = error { overBudget = excess }
    }

    /// The error from a failed matrix operation, located at `range`.
    package init(_ error: MathError, at range: SourceRange?) {
        self.init(error.description, range: range)
        if case .overBudget(let excess) = error { overBudget = excess }
    }

    /// This error placed in `element`, the model element being evaluated when it arose, unless
    /// it already knows a more specific (inner) origin.
    func placed<Value>(in element: Located<Value>) -> SolverError {
        guard origin == nil else { return self }
        var placed = self
        placed.origin = SourcePosition(line: element.line, column: element.column)
        return placed
    }

    /// The message.
    package var description: String { message }
}
