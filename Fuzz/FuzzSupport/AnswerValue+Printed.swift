import RNNExpr
import RNNGrading
import RNNMath

extension AnswerValue {
    /// The value written back in the syntax it was read from: numbers as `n/d`, `inf` or `nan`;
    /// matrices by rows `[[1, 2], [3, 4]]`; intervals `(a, b]`; choices `a, c`; formulas canonically
    /// (Expr+Description); weights `W = [[1]]; b = [[0], [1]]`.
    package var printed: String {
        switch self {
        case let .number(scalar): scalar.description
        case let .matrix(matrix): matrix.rowsText
        case let .interval(interval): interval.printed
        case let .choices(labels): labels.joined(separator: ", ")
        case let .formula(expression, _): expression.description
        case let .weights(entries): entries.map { "\($0.name) = \($0.value.rowsText)" }.joined(separator: "; ")
        }
    }

    /// Whether `other` is the same value: equal, or the same tree for formulas, or printing the
    /// same for values holding `nan` (which equals nothing, not even itself).
    package func isSame(as other: AnswerValue) -> Bool {
        if case let .formula(expression, _) = self, case let .formula(otherExpression, _) = other {
            return expression.isSameTree(as: otherExpression)
        }
        return self == other || (printed == other.printed && printed.contains("nan"))
    }
}

extension Matrix {
    /// Rows in brackets, even for 1×1 and n×1: `[[1, 2], [3, 4]]`, `[[5]]`; an array with leading
    /// axes nested one level per axis, as its `description` writes it.
    package var rowsText: String {
        if hasLeadingAxes { return description }
        return "[" + (0..<rows).map { r in
            "[" + (0..<cols).map { c in self[r, c].description }.joined(separator: ", ") + "]"
        }.joined(separator: ", ") + "]"
    }
}

extension Interval {
    /// `(a, b]`, with `-inf` and `inf` for unbounded ends.
    package var printed: String {
        let left = switch lower {
        case .unbounded: "(-inf"
        case let .finite(value, closed): (closed ? "[" : "(") + value.description
        }
        let right = switch upper {
        case .unbounded: "inf)"
        case let .finite(value, closed): value.description + (closed ? "]" : ")")
        }
        return left + ", " + right
    }
}
