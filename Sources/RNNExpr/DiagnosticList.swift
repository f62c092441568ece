/// The diagnostics of one file, at most ``limit`` of them kept and the rest only counted, so a
/// file with thousands of errors costs no more to report than one with a hundred.
///
///     var list = DiagnosticList()
///     for name in undefinedNames { list.append(Diagnostic(…)) }   // built only while there is room
///     list.all   // the first 100, then "… and 9900 more errors not shown"
package struct DiagnosticList: Sendable {
    /// The most diagnostics kept per file.
    package static let limit = 100

    /// The diagnostics kept, in the order they were added.
    package private(set) var kept: [Diagnostic] = []
    /// How many were dropped beyond ``limit``.
    package private(set) var omitted = 0

    /// An empty list.
    package init() {}

    /// Keeps `diagnostic` while there is room; otherwise counts it without building it.
    package mutating func append(_ diagnostic: @autoclosure () -> Diagnostic) {
        guard kept.count < Self.limit else {
            omitted += 1
            return
        }
        kept.append(diagnostic())
    }

    /// Whether nothing was added.
    package var isEmpty: Bool { kept.isEmpty }

    /// The kept diagnostics, then, when some were dropped, one more at the last kept position:
    /// "… and N more errors not shown".
    package var all: [Diagnostic] {
        guard omitted > 0, let last = kept.max(by: { ($0.line, $0.column) < ($1.line, $1.column) }) else { return kept }
        return kept + [Diagnostic(file: last.file, line: last.line, column: last.column,
                                  message: "… and \(omitted) more errors not shown")]
    }
}
