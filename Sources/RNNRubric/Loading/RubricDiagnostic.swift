/// A problem found while loading a rubric, located in its file.
///
/// `description` is `file:line:column: message`, followed (for errors inside an expression) by
/// the source line and a caret under the offending character:
/// ```
/// in5400.xml:12:33: unexpected ')'
///    12 |       <equation>h[t] = W*h[t-1] + )</equation>
///       |                                   ^ expected an expression
/// ```
public struct RubricDiagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String
    /// The source line with a caret, when the position is known precisely.
    public var excerpt: String?

    public init(file: String, line: Int, column: Int, message: String, excerpt: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.excerpt = excerpt
    }

    public var description: String {
        "\(file):\(line):\(column): \(message)" + (excerpt.map { "\n" + $0 } ?? "")
    }
}

/// Why a rubric could not be loaded: one or more located diagnostics, in file order.
public struct RubricLoadFailure: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [RubricDiagnostic]

    public init(_ diagnostics: [RubricDiagnostic]) {
        self.diagnostics = diagnostics.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
