/// A 1-based line and column (column counted in Unicode scalars) in a source file.
public struct XMLSourcePosition: Sendable, Hashable {
    /// The 1-based line.
    public let line: Int
    /// The 1-based column, counted in Unicode scalars.
    public let column: Int

    /// Creates a position.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}
