/// Escaping for Markdown (CommonMark and GitHub's dialect), for the feedback and summary files.
///
/// Untrusted text is either inline text, where every character with a meaning (emphasis, links,
/// raw HTML, entities, table pipes) is backslash-escaped, or a fenced code block, whose fence
/// is longer than any run of backticks inside it, so nothing in it is interpreted.
enum MarkdownEscaping {
    private static let special: Set<Unicode.Scalar> = [
        "\\", "`", "*", "_", "[", "]", "<", ">", "&", "#", "|", "~", "!",
    ]
    /// The same characters as UTF-8 bytes (all ASCII).
    private static let specialBytes: Set<UInt8> = Set(special.map { UInt8($0.value) })

    /// Text inside a paragraph, list item or table cell: line breaks become spaces, leading
    /// spaces go, every Markdown metacharacter is escaped (`a*b` → `a\*b`, `<b>` → `\<b\>`), and
    /// so is a start that could open a list or a rule (`- x` → `\- x`, `1. x` → `1\. x`; `1.a`
    /// stays).
    static func inline(_ raw: String) -> String {
        // Plain words and numbers need nothing but the list-marker check: one pass over the bytes decides.
        if let first = raw.utf8.first, first != 0x20, first != 0x09,
           !raw.utf8.contains(where: { $0 < 0x20 || specialBytes.contains($0) }) {
            return escapingListMarker(raw)
        }
        var out = ""
        for scalar in raw.unicodeScalars.drop(while: { $0 == " " || $0 == "\t" }) {
            if scalar == "\n" || scalar == "\r" || scalar == "\t" {
                out += " "
            } else {
                if special.contains(scalar) { out += "\\" }
                out.unicodeScalars.append(scalar)
            }
        }
        return escapingListMarker(out)
    }

    /// A leading `-` or `+` (a bullet or a `---` rule), or digits then `.` or `)` then a space
    /// (an ordered list item): escape the marker.
    private static func escapingListMarker(_ text: String) -> String {
        if text.hasPrefix("-") || text.hasPrefix("+") {
            return "\\" + text
        }
        let digits = text.prefix { ("0"..."9").contains($0) }
        let rest = text.dropFirst(digits.count)
        guard !digits.isEmpty, digits.count <= 9, rest.hasPrefix(".") || rest.hasPrefix(")"),
              rest.count == 1 || rest.dropFirst().hasPrefix(" ") else {
            return text
        }
        return digits + "\\" + rest
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
