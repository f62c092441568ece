import RNNExpr

/// Why a file or schema could not be loaded: at least one diagnostic,
/// sorted by line and column, without duplicates.
package struct XMLLoadFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// The diagnostics, never empty.
    package let diagnostics: [Diagnostic]

    /// Creates a failure from diagnostics in any order; they are sorted and deduplicated.
    /// An empty list is replaced by one diagnostic saying the cause is unknown.
    package init(_ diagnostics: [Diagnostic], file: String) {
        var seen = Set<Diagnostic>()
        let unique = diagnostics.filter { seen.insert($0).inserted }
        let sorted = unique.enumerated().sorted { a, b in
            (a.element.line, a.element.column, a.offset) < (b.element.line, b.element.column, b.offset)
        }.map(\.element)
        self.diagnostics = sorted.isEmpty
            ? [Diagnostic.xml(file: file, line: 1, column: 1, message: "this file could not be read as XML (no further detail)")]
            : sorted
    }

    /// Creates a failure with a single diagnostic.
    init(_ diagnostic: Diagnostic) {
        self.diagnostics = [diagnostic]
    }

    /// The diagnostics, one per line.
    package var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
