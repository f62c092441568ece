/// A linear pre-scan of the markup for what would make libxml2 2.9.14 take quadratic time or
/// much memory: it checks each new attribute against the tag's earlier ones and looks namespace
/// prefixes up by linear search, so a tag with very many attributes, or very many namespace
/// declarations, can keep it busy for minutes on a file well under the size cap; and each
/// element costs a few hundred bytes as a libxml2 node plus an `XMLNode`.
///
/// Only well-formed markup is interpreted; whatever it cannot follow is left to libxml2.
struct MarkupScan {
    /// What is over a limit, and the byte offset where it starts.
    struct Excess: Equatable {
        let offset: Int
        let message: String
    }

    private let bytes: [UInt8]
    private let limits: XMLLimits

    /// The first element, attribute or namespace declaration over `limits`, or `nil`.
    static func firstExcess(in bytes: [UInt8], limits: XMLLimits) -> Excess? {
        MarkupScan(bytes: bytes, limits: limits).run()
    }

    private func run() -> Excess? {
        var index = 0
        var namespaceDeclarations = 0
        var elements = 0
        while let open = find("<", from: index) {
            let next = open + 1 < bytes.count ? bytes[open + 1] : 0
            switch next {
            case UInt8(ascii: "!") where starts("<!--", at: open):
                index = end(of: "-->", from: open + 4)
            case UInt8(ascii: "!") where starts("<![CDATA[", at: open):
                index = end(of: "]]>", from: open + 9)
            case UInt8(ascii: "?"):
                index = end(of: "?>", from: open + 2)
            case UInt8(ascii: "!"), UInt8(ascii: "/"):
                index = end(of: ">", from: open + 1)
            default:
                elements += 1
                guard elements <= limits.maxElements else {
                    return Excess(offset: open, message: "this file has more than \(limits.maxElements) elements")
                }
                var attributes = 0
                var position = skipName(from: open + 1)
                while let attribute = attribute(at: position) {
                    attributes += 1
                    guard attributes <= limits.maxAttributesPerElement else {
                        return Excess(offset: attribute.nameStart,
                                      message: "this element has more than \(limits.maxAttributesPerElement) attributes")
                    }
                    if attribute.isNamespaceDeclaration {
                        namespaceDeclarations += 1
                        guard namespaceDeclarations <= limits.maxNamespaceDeclarations else {
                            return Excess(offset: attribute.nameStart, message:
                                "this file declares more than \(limits.maxNamespaceDeclarations) XML namespaces (xmlns)")
                        }
                    }
                    position = attribute.end
                }
                index = max(position, open + 1)
            }
        }
        return nil
    }

    /// The attribute `name = "value"` after the spaces at `start`, if one is written there.
    private func attribute(at start: Int) -> (nameStart: Int, end: Int, isNamespaceDeclaration: Bool)? {
        let nameStart = skipSpaces(from: start)
        let nameEnd = skipName(from: nameStart)
        guard nameEnd > nameStart else { return nil }
        let equals = skipSpaces(from: nameEnd)
        guard equals < bytes.count, bytes[equals] == UInt8(ascii: "=") else { return nil }
        let quote = skipSpaces(from: equals + 1)
        guard quote < bytes.count, bytes[quote] == UInt8(ascii: "\"") || bytes[quote] == UInt8(ascii: "'"),
              let close = bytes[(quote + 1)...].firstIndex(of: bytes[quote]) else { return nil }
        let name = bytes[nameStart..<nameEnd]
        let isNamespaceDeclaration = name.elementsEqual("xmlns".utf8) || name.starts(with: "xmlns:".utf8)
        return (nameStart, close + 1, isNamespaceDeclaration)
    }

    /// The first offset at or after `start` that is not XML white space.
    private func skipSpaces(from start: Int) -> Int {
        var index = start
        while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
        return index
    }

    /// The first offset at or after `start` that cannot be part of a name.
    private func skipName(from start: Int) -> Int {
        var index = start
        while index < bytes.count, !Self.isSpace(bytes[index]), !Self.endsName(bytes[index]) { index += 1 }
        return index
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func endsName(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "="), UInt8(ascii: "/"), UInt8(ascii: ">"), UInt8(ascii: "<"),
             UInt8(ascii: "'"), UInt8(ascii: "\""): true
        default: false
        }
    }

    /// The offset of the first occurrence of ASCII `pattern` at or after `start`.
    private func find(_ pattern: String, from start: Int) -> Int? {
        let first = pattern.utf8.first!
        var index = start
        while index < bytes.count, let candidate = bytes[index...].firstIndex(of: first) {
            if starts(pattern, at: candidate) { return candidate }
            index = candidate + 1
        }
        return nil
    }

    /// The offset just past the first `pattern` at or after `start`, or the end of the text.
    private func end(of pattern: String, from start: Int) -> Int {
        find(pattern, from: start).map { $0 + pattern.utf8.count } ?? bytes.count
    }

    /// Whether ASCII `pattern` occurs at `offset`.
    private func starts(_ pattern: String, at offset: Int) -> Bool {
        bytes[offset...].starts(with: pattern.utf8)
    }
}
