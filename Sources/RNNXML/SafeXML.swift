internal import CLibXML2
import RNNExpr

/// Safe loading of untrusted XML files into `XMLDocumentTree`s, with optional XSD validation.
///
/// Every failure is a list of located diagnostics; no input crashes, hangs or reads other files:
/// sizes are capped before parsing, bytes must be UTF-8, DOCTYPEs (and so entities) are refused,
/// the network and external entities are off, and nesting, attributes per element and namespace
/// declarations are bounded.
package enum SafeXML {
    /// Parses `bytes` (named `file` in diagnostics), then validates against `schema` if given.
    /// A UTF-8 byte order mark is skipped; lines and columns count from the character after it.
    package static func parse(
        bytes: [UInt8], file: String, schema: XMLSchema?, limits: XMLLimits = .init()
    ) -> Result<XMLDocumentTree, XMLLoadFailure> {
        func refuse(_ message: String, at position: SourcePosition) -> Result<XMLDocumentTree, XMLLoadFailure> {
            .failure(XMLLoadFailure(Diagnostic.xml(file: file, line: position.line, column: position.column, message: message)))
        }
        let start = SourcePosition(line: 1, column: 1)
        let maxBytes = limits.effectiveMaxBytes
        guard bytes.count <= maxBytes else {
            return refuse(FileReading.tooLarge(size: bytes.count, maxBytes: maxBytes), at: start)
        }
        let utf8BOM: [UInt8] = [0xEF, 0xBB, 0xBF]
        let source = SourceText(bytes: bytes.starts(with: utf8BOM) ? Array(bytes.dropFirst(3)) : bytes)
        guard !source.bytes.isEmpty else { return refuse("this file is empty", at: start) }
        guard source.bytes.contains(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else {
            return refuse("this file is empty (it holds only whitespace)", at: start)
        }
        switch firstTextProblem(in: source.bytes) {
        case .invalidUTF8(let offset)?:
            let position = source.position(ofByte: offset)
            let byte = String(source.bytes[offset], radix: 16, uppercase: true)
            return refuse(
                "this file is not UTF-8 text (invalid byte 0x\(byte) at line \(position.line), column \(position.column)); save it as UTF-8",
                at: position)
        case .nul(let offset)?:
            return refuse("this file contains a NUL byte: it is binary, not XML text", at: source.position(ofByte: offset))
        case nil:
            break
        }
        if let declaration = EncodingDeclaration(in: source.bytes), !declaration.isUTF8 {
            return refuse(
                "this file declares encoding \"\(declaration.name)\"; only UTF-8 is accepted (write encoding=\"UTF-8\")",
                at: source.position(ofByte: declaration.offset))
        }
        if let excess = MarkupScan.firstExcess(in: source.bytes, limits: limits) {
            return refuse(excess.message, at: source.position(ofByte: excess.offset))
        }
        LibXML2Runtime.ensureInitialised()
        return parseChecked(source, file: file, schema: schema, maxDepth: limits.maxDepth)
    }

    /// Reads the file at `path` (refusing directories, special files and files over
    /// `limits.maxBytes` before reading them), then parses it as `parse` does.
    package static func load(
        path: String, schema: XMLSchema?, limits: XMLLimits = .init()
    ) -> Result<XMLDocumentTree, XMLLoadFailure> {
        FileReading.contents(ofFile: path, maxBytes: limits.effectiveMaxBytes).flatMap {
            parse(bytes: $0, file: path, schema: schema, limits: limits)
        }
    }

    /// Parses, validates and converts text already checked to be UTF-8 within the size cap.
    private static func parseChecked(
        _ source: SourceText, file: String, schema: XMLSchema?, maxDepth: Int
    ) -> Result<XMLDocumentTree, XMLLoadFailure> {
        let collector = DiagnosticCollector(file: file, source: source)
        let document = DocumentParser.parse(collector)
        defer { if let document { xmlFreeDoc(document) } }
        guard let document, !collector.hasError, let root = xmlDocGetRootElement(document) else {
            // Well-formedness errors after the first are its consequences (one unclosed tag makes
            // every later end tag "wrong"), so only the first is worth the reader's time.
            return .failure(XMLLoadFailure(Array(collector.failure.diagnostics.prefix(1)), file: file))
        }
        return TreeConversion.convert(root, maxDepth: maxDepth, source: source, file: file).flatMap { tree in
            schema?.validate(document, reportingTo: collector)
            guard !collector.hasError else { return .failure(collector.failure) }
            return .success(XMLDocumentTree(root: tree, file: file, source: source))
        }
    }
}
