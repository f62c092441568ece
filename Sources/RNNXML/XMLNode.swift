/// One attribute of an element, as written in the document (after libxml2's
/// attribute-value normalisation: character references replaced, newlines as spaces).
public struct XMLAttribute: Sendable, Hashable {
    /// The attribute's local name (without any namespace prefix).
    public let name: String
    /// The attribute's value.
    public let value: String

    /// Creates an attribute.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// An element of a parsed document, as a plain Swift value with no tie to libxml2.
public struct XMLNode: Sendable, Hashable {
    /// The element's local name (without its prefix).
    public let name: String
    /// The element's namespace URI, or `nil` when it is in no namespace.
    public let namespace: String?
    /// The element's attributes in document order (namespace declarations excluded).
    public let attributes: [XMLAttribute]
    /// The child elements in document order (text, comments and processing instructions excluded).
    public let children: [XMLNode]
    /// The element's direct text and CDATA content concatenated, unmodified (whitespace kept).
    public let text: String
    /// The 1-based line of the element's `<`.
    public let line: Int
    /// The 1-based column (in Unicode scalars) of the element's `<`.
    public let column: Int

    /// Creates an element.
    public init(
        name: String, namespace: String?, attributes: [XMLAttribute],
        children: [XMLNode], text: String, line: Int, column: Int
    ) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
        self.children = children
        self.text = text
        self.line = line
        self.column = column
    }

    /// The value of the first attribute called `name`, or `nil` when there is none.
    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// The child elements whose local name is `name`, in document order.
    public func children(named name: String) -> [XMLNode] {
        children.filter { $0.name == name }
    }

    /// The first child element whose local name is `name`, or `nil` when there is none.
    public func child(named name: String) -> XMLNode? {
        children.first { $0.name == name }
    }
}
