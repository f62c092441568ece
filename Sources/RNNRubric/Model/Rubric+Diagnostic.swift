import RNNExpr

extension Rubric {
    /// `message` located in this rubric's file, at `line` (column 1 unless given): how `verify`,
    /// lint and grading point at an element of the rubric.
    package func diagnostic(_ message: String, line: Int, column: Int = 1) -> Diagnostic {
        Diagnostic(file: file, line: line, column: column, message: message)
    }
}
