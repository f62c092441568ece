/// A 1-based line and column (column counted in Unicode scalars) in a parsed file,
/// as found by `XMLDocumentTree.position(ofAttributeValue:in:)`.
public struct XMLSourcePosition: Sendable, Hashable {
    /// The 1-based line.
    public let line: Int
    /// The 1-based column, counted in Unicode scalars.
    public let column: Int
}
