internal import CLibXML2
import RNNExpr

/// Converts a libxml2 element tree into `XMLNode` values with an explicit stack (no recursion),
/// refusing elements nested deeper than a limit.
enum TreeConversion {
    /// One element being converted: its node, the next child to visit, and what is gathered so far.
    private struct Frame {
        let node: xmlNodePtr
        var next: xmlNodePtr?
        var children: [XMLNode] = []
        var text = ""
    }

    /// The tree under `root`, or a diagnostic at the first element deeper than `maxDepth`
    /// (the root is at depth 1).
    static func convert(
        _ root: xmlNodePtr, maxDepth: Int, source: SourceText, file: String
    ) -> Result<XMLNode, XMLLoadFailure> {
        var stack = [Frame(node: root, next: root.pointee.children)]
        while true {
            guard let child = stack[stack.count - 1].next else {
                let finished = element(from: stack.removeLast(), source: source)
                guard !stack.isEmpty else { return .success(finished) }
                stack[stack.count - 1].children.append(finished)
                continue
            }
            stack[stack.count - 1].next = child.pointee.next
            switch child.pointee.type {
            case XML_ELEMENT_NODE:
                guard stack.count < maxDepth else {
                    let position = self.position(of: child, source: source)
                    return .failure(XMLLoadFailure(Diagnostic.xml(
                        file: file, line: position.line, column: position.column,
                        message: "elements are nested more than \(maxDepth) levels deep")))
                }
                stack.append(Frame(node: child, next: child.pointee.children))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                stack[stack.count - 1].text += string(child.pointee.content)
            default:
                continue
            }
        }
    }

    /// The finished element of a frame whose children have all been visited.
    private static func element(from frame: Frame, source: SourceText) -> XMLNode {
        let position = position(of: frame.node, source: source)
        return XMLNode(
            name: string(frame.node.pointee.name),
            namespace: frame.node.pointee.ns.flatMap { $0.pointee.href.map { String(cString: $0) } },
            attributes: attributes(of: frame.node),
            children: frame.children,
            text: frame.text,
            line: position.line,
            column: position.column)
    }

    /// The attributes of `node` in document order, with their text values.
    private static func attributes(of node: xmlNodePtr) -> [XMLAttribute] {
        var result: [XMLAttribute] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            var value = ""
            var part = current.pointee.children
            while let text = part {
                value += string(text.pointee.content)
                part = text.pointee.next
            }
            result.append(XMLAttribute(name: string(current.pointee.name), value: value))
            attribute = current.pointee.next
        }
        return result
    }

    /// Where `node`'s start tag begins: the offset recorded by the parser, else libxml2's line.
    private static func position(of node: xmlNodePtr, source: SourceText) -> SourcePosition {
        if let offset = StartTagOffset.get(node) { return source.position(ofByte: offset) }
        return SourcePosition(line: xmlGetLineNo(node), column: 1)
    }

    /// A libxml2 string as a Swift string (`""` for null).
    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
