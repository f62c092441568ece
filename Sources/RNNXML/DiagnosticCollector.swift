internal import CLibXML2
import RNNExpr

/// Gathers the diagnostics raised by libxml2 during one synchronous parse, validation or
/// schema compilation on the current thread.
///
/// Not `Sendable`: it is created, used and read on one thread, with no suspension point
/// between installing it as libxml2's handler and removing it.
final class DiagnosticCollector {
    /// The file name printed in diagnostics.
    let file: String
    /// The text being parsed, to turn byte offsets into lines and columns.
    let source: SourceText
    /// The diagnostics so far, in the order they were raised: the first `DiagnosticList.limit`
    /// are kept (and located), the rest counted.
    private var diagnostics = DiagnosticList()
    /// Whether any diagnostic of error level was raised (warnings are ignored).
    private(set) var hasError = false
    /// Whether a fatal (well-formedness) error was recorded.
    private var hasFatalError = false

    init(file: String, source: SourceText) {
        self.file = file
        self.source = source
    }

    /// Records an error at a position.
    func recordError(_ message: String, at position: SourcePosition) {
        diagnostics.append(Diagnostic.xml(file: file, line: position.line, column: position.column, message: message))
        hasError = true
    }

    /// Records a libxml2 error. Warnings are dropped, and so are fatal errors after the first:
    /// once a file is not well-formed, libxml2's further messages mostly echo the first one.
    func record(_ error: xmlError) {
        guard error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        if error.level == XML_ERR_FATAL {
            guard !hasFatalError else { return }
            hasFatalError = true
        }
        hasError = true
        diagnostics.append(diagnostic(for: error))   // reworded and located only while kept
    }

    /// `error` reworded and placed at its best position.
    private func diagnostic(for error: xmlError) -> Diagnostic {
        let message = LibXML2Wording.reword(error)
        let position = position(of: error, message: message)
        return Diagnostic.xml(file: file, line: position.line, column: position.column, message: message)
    }

    /// The diagnostics as a failure, with a last one counting those dropped beyond the limit.
    var failure: XMLLoadFailure {
        XMLLoadFailure(diagnostics.all, file: file)
    }

    /// The best position for `error`: the start of the construct it is about, or the start tag
    /// (or attribute value) of the node it names when the parser recorded one, else libxml2's
    /// own line and column.
    private func position(of error: xmlError, message: String) -> SourcePosition {
        let fallback = SourcePosition(line: Int(error.line), column: Int(error.int2))
        if let anchor = LibXML2Wording.anchor(forCode: error.code),
           let start = source.lastOccurrence(of: anchor, atOrBefore: source.offset(of: fallback)) {
            return source.position(ofByte: start)
        }
        guard let node = error.node?.assumingMemoryBound(to: xmlNode.self) else { return fallback }
        let element = node.pointee.type == XML_ATTRIBUTE_NODE ? node.pointee.parent : node
        guard let element, element.pointee.type == XML_ELEMENT_NODE,
              let tagStart = StartTagOffset.get(element), source.bytes.indices.contains(tagStart) else { return fallback }
        if let attribute = LibXML2Wording.attributeName(in: message),
           let valueOffset = source.attributeValueOffset(named: attribute, inTagAt: tagStart) {
            return source.position(ofByte: valueOffset)
        }
        return source.position(ofByte: tagStart)
    }

    /// Runs `body` with this collector receiving libxml2's structured errors on the current
    /// thread, then restores the previous handler. `body` must be synchronous.
    func collecting<Result>(_ body: () -> Result) -> Result {
        let savedHandler = __xmlStructuredError().pointee
        let savedContext = __xmlStructuredErrorContext().pointee
        xmlSetStructuredErrorFunc(token, collectError)
        defer { xmlSetStructuredErrorFunc(savedContext, savedHandler) }
        return withExtendedLifetime(self) { body() }
    }

    /// The collector behind a context token made by `collecting` or `token`.
    static func from(token: UnsafeMutableRawPointer) -> DiagnosticCollector {
        Unmanaged<DiagnosticCollector>.fromOpaque(token).takeUnretainedValue()
    }

    /// An unretained token for libxml2 contexts; valid while the caller keeps `self` alive.
    var token: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }
}

/// The structured error handler installed by `DiagnosticCollector.collecting`.
let collectError: xmlStructuredErrorFunc = { context, error in
    guard let context, let error else { return }
    DiagnosticCollector.from(token: context).record(error.pointee)
}

extension String {
    /// The string without trailing spaces and newlines (libxml2 messages end in `\n`).
    var trimmingTrailingWhitespace: String {
        var result = self
        while let last = result.last, last.isWhitespace { result.removeLast() }
        return result
    }
}
