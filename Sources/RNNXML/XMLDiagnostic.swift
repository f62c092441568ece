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

/// Why a file or schema could not be loaded: at least one diagnostic,
/// sorted by line and column, without duplicates.
public struct XMLLoadFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// The diagnostics, never empty.
    public let diagnostics: [XMLDiagnostic]

    /// Creates a failure from diagnostics in any order; they are sorted and deduplicated.
    /// An empty list is replaced by one diagnostic saying the cause is unknown.
    public init(_ diagnostics: [XMLDiagnostic], file: String) {
        var seen = Set<XMLDiagnostic>()
        let unique = diagnostics.filter { seen.insert($0).inserted }
        let sorted = unique.enumerated().sorted { a, b in
            (a.element.line, a.element.column, a.offset) < (b.element.line, b.element.column, b.offset)
        }.map(\.element)
        self.diagnostics = sorted.isEmpty
            ? [XMLDiagnostic(file: file, line: 1, column: 1, message: "this file could not be read as XML (no further detail)")]
            : sorted
    }

    /// Creates a failure with a single diagnostic.
    init(_ diagnostic: XMLDiagnostic) {
        self.diagnostics = [diagnostic]
    }

    /// The diagnostics, one per line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
