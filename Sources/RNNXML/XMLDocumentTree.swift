import RNNExpr

/// A parsed (and, when a schema was given, valid) document: its root element, the file name
/// used in diagnostics, and the source lines for carets and columns.
package struct XMLDocumentTree: Sendable {
    /// The root element.
    package let root: XMLNode
    /// The file name as given to `SafeXML`.
    package let file: String
    /// The file's lines without terminators; line `n` is `sourceLines[n - 1]`.
    package let sourceLines: [String]
    /// The parsed bytes, to locate attributes.
    let source: SourceText

    init(root: XMLNode, file: String, source: SourceText) {
        self.root = root
        self.file = file
        self.sourceLines = source.lines
        self.source = source
    }

    /// Where the value of `node`'s attribute `name` starts (the character after its opening
    /// quote), or `nil` when the attribute is not written in `node`'s start tag.
    ///
    /// The value is as written: character references such as `&amp;` take several columns
    /// in the file but one character in `XMLAttribute.value`.
    package func position(ofAttributeValue name: String, in node: XMLNode) -> SourcePosition? {
        let tagStart = source.offset(of: SourcePosition(line: node.line, column: node.column))
        return source.attributeValueOffset(named: name, inTagAt: tagStart).map(source.position(ofByte:))
    }

    /// A diagnostic at `node`'s start tag, for callers reporting problems they find in the tree.
    package func diagnostic(_ message: String, at node: XMLNode) -> Diagnostic {
        Diagnostic.xml(file: file, line: node.line, column: node.column, message: message)
    }
}
