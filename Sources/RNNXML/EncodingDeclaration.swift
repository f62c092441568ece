/// The `encoding="…"` of a file's XML declaration, if it has one.
///
/// Files are checked to be UTF-8 before parsing; a declaration naming another encoding
/// would make libxml2 decode those bytes differently, so callers refuse it.
struct EncodingDeclaration {
    /// The declared encoding name.
    let name: String
    /// The byte offset of the name's first character.
    let offset: Int

    /// Whether the name is UTF-8 (`UTF-8` or `UTF8`, in any case), the only accepted encoding.
    var isUTF8: Bool { ["utf-8", "utf8"].contains(name.lowercased()) }

    /// The declaration at the start of `bytes` (`<?xml … encoding="…" … ?>`), if any.
    init?(in bytes: [UInt8]) {
        let header = Array("<?xml".utf8)
        guard bytes.count > header.count, bytes.starts(with: header),
              let end = Self.index(of: "?>", in: bytes, from: header.count) else { return nil }
        let declaration = Array(bytes[..<end])
        guard let key = Self.index(of: "encoding", in: declaration, from: header.count) else { return nil }
        var index = key + "encoding".utf8.count
        func skipSpaces() { while index < declaration.count, [0x20, 0x09, 0x0A, 0x0D].contains(declaration[index]) { index += 1 } }
        skipSpaces()
        guard index < declaration.count, declaration[index] == UInt8(ascii: "=") else { return nil }
        index += 1
        skipSpaces()
        guard index < declaration.count, [UInt8(ascii: "\""), UInt8(ascii: "'")].contains(declaration[index]) else { return nil }
        let quote = declaration[index]
        let start = index + 1
        guard let close = declaration[start...].firstIndex(of: quote) else { return nil }
        self.name = String(decoding: declaration[start..<close], as: UTF8.self)
        self.offset = start
    }

    /// The index of the first occurrence of ASCII `pattern` in `bytes` at or after `start`.
    private static func index(of pattern: String, in bytes: [UInt8], from start: Int) -> Int? {
        let needle = Array(pattern.utf8)
        guard bytes.count >= needle.count, start <= bytes.count - needle.count else { return nil }
        return (start...(bytes.count - needle.count)).first { bytes[$0..<$0 + needle.count].elementsEqual(needle) }
    }
}
