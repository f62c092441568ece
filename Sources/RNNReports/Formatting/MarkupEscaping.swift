/// Escaping for XML and HTML, shared by the feedback pages, the summary, its SVG and JUnit.
///
/// Untrusted text (student answers, rubric wording, file names) goes through `text` or
/// `attribute` before it touches markup, so `<script>` arrives as the characters `<script>`.
/// Characters that XML 1.0 forbids (C0 controls other than TAB, LF, CR; U+FFFE; U+FFFF)
/// become U+FFFD so the output always parses.
package enum MarkupEscaping {
    /// Element content: `&`, `<`, `>`, `"` and `'` become entities.
    package static func text(_ raw: String) -> String {
        escape(raw, lineBreaksAsReferences: false)
    }

    /// A quoted attribute value: as `text`, and TAB, LF and CR become character references so
    /// attribute-value normalisation keeps them.
    package static func attribute(_ raw: String) -> String {
        escape(raw, lineBreaksAsReferences: true)
    }

    private static func escape(_ raw: String, lineBreaksAsReferences: Bool) -> String {
        // Most text has nothing to escape: one pass over the bytes decides (0xEF starts U+FFFE/F).
        if !raw.utf8.contains(where: { $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || $0 == 0xEF }) {
            return raw
        }
        // Byte by byte: everything replaced is ASCII except U+FFFE and U+FFFF (EF BF BE, EF BF BF).
        let bytes = Array(raw.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
            case 0x09, 0x0A, 0x0D:
                if lineBreaksAsReferences { out.append(contentsOf: "&#\(byte);".utf8) } else { out.append(byte) }
            case ..<0x20:
                out += replacement
            case 0xEF where index + 1 < bytes.count && bytes[index] == 0xBF && (bytes[index + 1] == 0xBE || bytes[index + 1] == 0xBF):
                out += replacement
                index += 2
            default:
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
