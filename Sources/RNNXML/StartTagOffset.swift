internal import CLibXML2

/// The byte offset of an element's `<` in the parsed bytes, which the parser stores in the
/// node's application field `_private` as offset + 1 (so a null pointer means "not recorded").
/// libxml2 itself never reads or frees `_private`.
enum StartTagOffset {
    /// Records `offset` on `node`.
    static func set(_ offset: Int, on node: xmlNodePtr) {
        node.pointee._private = UnsafeMutableRawPointer(bitPattern: offset + 1)
    }

    /// The offset recorded on `node`, if any.
    static func get(_ node: xmlNodePtr) -> Int? {
        node.pointee._private.map { Int(bitPattern: $0) - 1 }
    }
}
