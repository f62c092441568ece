import RNNExpr

extension Diagnostic {
    /// A diagnostic at a libxml2 position; lines and columns below 1 (libxml2's "unknown")
    /// are raised to 1.
    static func xml(file: String, line: Int, column: Int, message: String) -> Diagnostic {
        Diagnostic(file: file, line: max(line, 1), column: max(column, 1), message: message)
    }
}
