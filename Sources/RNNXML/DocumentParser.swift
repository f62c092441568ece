internal import CLibXML2
import RNNExpr

/// Runs libxml2's parser on bytes that are already known to be UTF-8 and within the size cap,
/// with the hardening of docs/xml-safety.md: `XML_PARSE_NONET | XML_PARSE_BIG_LINES` only, any
/// DOCTYPE refused before its declarations are read, and each element's `<` recorded.
enum DocumentParser {
    /// The only parser options used for untrusted files.
    static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue)

    /// Parses `collector.source` (at most `Int32.max` bytes) while `collector` receives the
    /// diagnostics; returns the document (which the caller frees with `xmlFreeDoc`), possibly
    /// partial when errors occurred.
    static func parse(_ collector: DiagnosticCollector) -> xmlDocPtr? {
        guard let context = xmlNewParserCtxt() else {
            collector.recordError("libxml2 could not allocate a parser", at: SourcePosition(line: 1, column: 1))
            return nil
        }
        defer { xmlFreeParserCtxt(context) }
        context.pointee._private = collector.token
        context.pointee.sax.pointee.internalSubset = refuseDoctype
        context.pointee.sax.pointee.startElementNs = startElementRecordingPosition
        return collector.collecting {
            collector.source.bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { characters in
                    xmlCtxtReadMemory(context, characters.baseAddress, Int32(characters.count), nil, nil, options)
                }
            }
        }
    }
}

/// The byte offset the parser has reached in the document.
private func currentOffset(_ context: xmlParserCtxtPtr) -> Int {
    guard let input = context.pointee.input, let base = input.pointee.base, let cur = input.pointee.cur else { return 0 }
    return Int(input.pointee.consumed) + (cur - base)
}

/// The collector stored in the parser context by `DocumentParser.parse`.
private func collector(of context: xmlParserCtxtPtr) -> DiagnosticCollector? {
    context.pointee._private.map(DiagnosticCollector.from(token:))
}

/// SAX `internalSubset`: called for every `<!DOCTYPE`, before any `<!ENTITY` in it is read.
/// Records a located error and stops the parser.
private let refuseDoctype: internalSubsetSAXFunc = { rawContext, _, _, _ in
    guard let rawContext else { return }
    let context = rawContext.assumingMemoryBound(to: xmlParserCtxt.self)
    if let collector = collector(of: context) {
        let offset = currentOffset(context)
        let start = collector.source.lastOccurrence(of: "<!DOCTYPE", atOrBefore: offset) ?? offset
        collector.recordError(
            "DOCTYPE declarations are not allowed (they can be used to read local files); delete the <!DOCTYPE …> declaration",
            at: collector.source.position(ofByte: start))
    }
    xmlStopParser(context)
}

/// SAX `startElementNs`: libxml2's own handler, then the element's `<` offset is stored on the
/// new node. When called, the parser is still inside the start tag, and `<` cannot occur
/// inside a start tag, so the last `<` before the current position begins it.
private let startElementRecordingPosition: startElementNsSAX2Func = {
    rawContext, localName, prefix, uri, namespaceCount, namespaces, attributeCount, defaultedCount, attributes in
    xmlSAX2StartElementNs(rawContext, localName, prefix, uri, namespaceCount, namespaces, attributeCount, defaultedCount, attributes)
    guard let rawContext else { return }
    let context = rawContext.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let node = context.pointee.node, let collector = collector(of: context),
          let start = collector.source.lastOccurrence(of: UInt8(ascii: "<"), atOrBefore: currentOffset(context)) else { return }
    StartTagOffset.set(start, on: node)
}
