/// A located problem in an XML file, printed as `file:line:column: message`.
public struct XMLDiagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file name as given by the caller.
    public let file: String
    /// The 1-based line.
    public let line: Int
    /// The 1-based column, counted in Unicode scalars.
    public let column: Int
    /// What is wrong, in words an instructor can act on (no trailing newline).
    public let message: String

    /// Creates a diagnostic; lines and columns below 1 are raised to 1.
    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = max(line, 1)
        self.column = max(column, 1)
        self.message = message
    }

    /// `file:line:column: message`.
    public var description: String { "\(file):\(line):\(column): \(message)" }
}
