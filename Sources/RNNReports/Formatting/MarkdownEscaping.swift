/// Escaping for Markdown (CommonMark and GitHub's dialect), for the feedback and summary files.
///
/// Untrusted text is either inline text, where every character with a meaning (emphasis, links,
/// raw HTML, entities, table pipes) is backslash-escaped, or a fenced code block, whose fence
/// is longer than any run of backticks inside it, so nothing in it is interpreted.
enum MarkdownEscaping {
    private static let special: Set<Unicode.Scalar> = [
        "\\", "`", "*", "_", "[", "]", "<", ">", "&", "#", "|", "~", "!",
    ]
    /// For each byte value, whether it is one of `special` (all ASCII) or a control character:
    /// a table, because feedback files check every byte of every answer.
    private static let needsWork: [Bool] = (0...255).map { byte in
        byte < 0x20 || special.contains(Unicode.Scalar(UInt8(byte)))
    }

    /// Text inside a paragraph, list item or table cell: line breaks become spaces, leading
    /// spaces and line breaks go, every Markdown metacharacter is escaped (`a*b` → `a\*b`, `<b>` → `\<b\>`), and
    /// so is a start that could open a list or a rule (`- x` → `\- x`, `1. x` → `1\. x`; `1.a`
    /// stays).
    static func inline(_ raw: String) -> String {
        // Plain words and numbers need nothing but the list-marker check: one pass over the bytes decides.
        if let first = raw.utf8.first, first != 0x20, first != 0x09,
           !raw.utf8.contains(where: { needsWork[Int($0)] }) {
            return escapingListMarker(raw)
        }
        // Byte by byte: every special character is ASCII, and no byte of a multi-byte UTF-8
        // sequence is below 0x80, so non-ASCII text passes through whole.
        var out: [UInt8] = []
        out.reserveCapacity(raw.utf8.count + 8)
        for byte in raw.utf8.drop(while: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            switch byte {
            case 0x0A, 0x0D, 0x09:
                out.append(0x20)
            default:
                if byte >= 0x20, needsWork[Int(byte)] { out.append(UInt8(ascii: "\\")) }
                out.append(byte)
            }
        }
        return escapingListMarker(String(decoding: out, as: UTF8.self))
    }

    /// A leading `-` or `+` (a bullet or a `---` rule), or up to nine digits then `.` or `)`
    /// then a space or the end (an ordered list item): escape the marker.
    private static func escapingListMarker(_ text: String) -> String {
        let bytes = text.utf8
        guard let first = bytes.first else { return text }
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            return "\\" + text
        }
        let digits = bytes.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }.count
        let rest = bytes.dropFirst(digits)
        guard digits >= 1, digits <= 9, let marker = rest.first, marker == UInt8(ascii: ".") || marker == UInt8(ascii: ")"),
              rest.count == 1 || rest.dropFirst().first == 0x20 else {
            return text
        }
        return String(decoding: bytes.prefix(digits), as: UTF8.self) + "\\" + String(decoding: rest, as: UTF8.self)
    }

    /// A fenced code block holding `raw` verbatim (carets stay aligned), ending with a newline.
    static func codeBlock(_ raw: String) -> String {
        var longestRun = 0
        var run = 0
        for scalar in raw.unicodeScalars {
            run = scalar == "`" ? run + 1 : 0
            longestRun = max(longestRun, run)
        }
        let fence = String(repeating: "`", count: max(3, longestRun + 1))
        let body = raw.hasSuffix("\n") ? raw : raw + "\n"
        return fence + "\n" + body + fence + "\n"
    }
}
