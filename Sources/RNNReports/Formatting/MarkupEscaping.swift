/// Escaping for XML and HTML, shared by the feedback pages, the summary, its SVG and JUnit.
///
/// Untrusted text (student answers, rubric wording, file names) goes through `text` or
/// `attribute` before it touches markup, so `<script>` arrives as the characters `<script>`.
/// Characters that XML 1.0 forbids (C0 controls other than TAB, LF, CR; U+FFFE; U+FFFF)
/// become U+FFFD so the output always parses.
enum MarkupEscaping {
    /// Element content: `&`, `<`, `>`, `"` and `'` become entities.
    static func text(_ raw: String) -> String {
        escape(raw, lineBreaksAsReferences: false)
    }

    /// A quoted attribute value: as `text`, and TAB, LF and CR become character references so
    /// attribute-value normalisation keeps them.
    static func attribute(_ raw: String) -> String {
        escape(raw, lineBreaksAsReferences: true)
    }

    private static func escape(_ raw: String, lineBreaksAsReferences: Bool) -> String {
        // Most text has nothing to escape: one pass over the bytes decides (0xEF starts U+FFFE/F).
        if !raw.utf8.contains(where: { $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || $0 == 0xEF }) {
            return raw
        }
        var out = ""
        out.unicodeScalars.reserveCapacity(raw.unicodeScalars.count)
        for scalar in raw.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r":
                if lineBreaksAsReferences {
                    out += "&#\(scalar.value);"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            case "\u{0}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}":
                out += "\u{FFFD}"
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
