import RNNExpr

/// Why a rubric could not be loaded: one or more located diagnostics, in file order.
///
/// Each diagnostic reads `file:line:column: message`, followed (for errors inside an expression)
/// by the source line and a caret under the offending character:
/// ```
/// r.xml:3:17: unexpected ')'
/// 3 |   <equation>h = )</equation>
///   |                 ^ expected an expression
/// ```
package struct RubricLoadFailure: Error, Sendable, CustomStringConvertible {
    /// The diagnostics, sorted by line and column.
    package var diagnostics: [Diagnostic]

    /// Creates a failure from diagnostics in any order.
    package init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    /// The diagnostics, one after another.
    package var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
