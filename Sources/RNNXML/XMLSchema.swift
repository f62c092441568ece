internal import CLibXML2
import RNNExpr

/// A W3C XML Schema compiled once and shared by every validation, on any thread.
///
/// `@unchecked Sendable`: the compiled `xmlSchemaPtr` is never modified after `init`;
/// libxml2's validation only reads it (each validation has its own context), which
/// docs/xml-safety.md explains and the concurrent test in RNNXMLTests keeps checking.
package final class XMLSchema: @unchecked Sendable {
    /// The name used in diagnostics about the schema itself.
    package let name: String
    private let schema: xmlSchemaPtr

    /// Compiles `xsd`; throws the located errors of an invalid schema.
    package init(xsd: String, name: String) throws(XMLLoadFailure) {
        LibXML2Runtime.ensureInitialised()
        self.name = name
        let source = SourceText(bytes: Array(xsd.utf8))
        guard !source.bytes.isEmpty, source.bytes.count <= Int(Int32.max) else {
            throw XMLLoadFailure(Diagnostic.xml(file: name, line: 1, column: 1, message: "this schema is empty or too large"))
        }
        let collector = DiagnosticCollector(file: name, source: source)
        let compiled: xmlSchemaPtr? = collector.collecting {
            let parser = source.bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { xmlSchemaNewMemParserCtxt($0.baseAddress, Int32($0.count)) }
            }
            guard let parser else { return nil }
            defer { xmlSchemaFreeParserCtxt(parser) }
            xmlSchemaSetParserStructuredErrors(parser, collectError, collector.token)
            return xmlSchemaParse(parser)
        }
        guard let compiled, !collector.hasError else {
            if let compiled { xmlSchemaFree(compiled) }
            throw collector.failure
        }
        self.schema = compiled
    }

    deinit {
        xmlSchemaFree(schema)
    }

    /// Validates `document`, sending errors (located at the offending start tags) to `collector`.
    func validate(_ document: xmlDocPtr, reportingTo collector: DiagnosticCollector) {
        guard let context = xmlSchemaNewValidCtxt(schema) else {
            collector.recordError("libxml2 could not allocate a schema validator", at: SourcePosition(line: 1, column: 1))
            return
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        xmlSchemaSetValidStructuredErrors(context, collectError, collector.token)
        let outcome = collector.collecting { xmlSchemaValidateDoc(context, document) }
        if outcome != 0 && !collector.hasError {
            collector.recordError(
                "the schema \(name) rejected this file without saying why (libxml2 code \(outcome))",
                at: SourcePosition(line: 1, column: 1))
        }
    }
}
