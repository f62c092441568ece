/// One attribute of an element, as written in the document (after libxml2's
/// attribute-value normalisation: character references replaced, newlines as spaces).
package struct XMLAttribute: Sendable, Hashable {
    /// The attribute's local name (without any namespace prefix).
    package let name: String
    /// The attribute's value.
    package let value: String

    /// Creates an attribute.
    package init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// An element of a parsed document, as a plain Swift value with no tie to libxml2.
package struct XMLNode: Sendable, Hashable {
    /// The element's local name (without its prefix).
    package let name: String
    /// The element's namespace URI, or `nil` when it is in no namespace.
    package let namespace: String?
    /// The element's attributes in document order (namespace declarations excluded).
    package let attributes: [XMLAttribute]
    /// The child elements in document order (text, comments and processing instructions excluded).
    package let children: [XMLNode]
    /// The element's direct text and CDATA content concatenated, unmodified (whitespace kept).
    package let text: String
    /// The 1-based line of the element's `<`.
    package let line: Int
    /// The 1-based column (in Unicode scalars) of the element's `<`.
    package let column: Int

    /// Creates an element.
    package init(
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
    package func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// The child elements whose local name is `name`, in document order.
    package func children(named name: String) -> [XMLNode] {
        children.filter { $0.name == name }
    }

    /// The first child element whose local name is `name`, or `nil` when there is none.
    package func child(named name: String) -> XMLNode? {
        children.first { $0.name == name }
    }
}
