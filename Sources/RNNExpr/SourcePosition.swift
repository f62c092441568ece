/// A 1-based line and column in a source file: where an XML node or attribute value starts,
/// or where a model element's expression starts in the rubric.
///
/// ``Diagnostic`` adds the file and the message; ``SourceRange`` is an offset range inside one
/// expression's text.
package struct SourcePosition: Hashable, Sendable {
    /// The 1-based line.
    package var line: Int
    /// The 1-based column (XML positions count Unicode scalars; expression positions count
    /// `Character`s, as ``SourceRange`` does).
    package var column: Int

    /// Creates a position.
    package init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}
