/// CSV as RFC 4180 writes it, with spreadsheet formula injection defused.
///
/// Rows end with CRLF. A field is quoted when it holds a comma, a double quote, CR or LF, and
/// quotes inside are doubled. A field that starts with `=`, `+`, `-`, `@`, TAB or CR and is not a
/// plain decimal number (`-1.5`) gets a leading `'`, so a spreadsheet shows `=cmd()` as text
/// instead of running it (OWASP "CSV Injection").
package enum CSVText {
    /// A whole file: every row, each ending with CRLF.
    package static func document(_ rows: [[String]]) -> String {
        rows.map(row).joined()
    }

    /// One row with its CRLF.
    package static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// One field, defused and quoted as needed.
    package static func field(_ text: String) -> String {
        let defused = defusingFormula(text)
        let needsQuotes = defused.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return defused }
        return "\"" + defused.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    private static func defusingFormula(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, formulaStarts.contains(first), !isPlainNumber(text) else {
            return text
        }
        return "'" + text
    }

    /// `-?digits(.digits)?`: the only shape `DecimalText` prints for finite numbers.
    private static func isPlainNumber(_ text: String) -> Bool {
        let unsigned = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        let pieces = unsigned.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        return pieces.allSatisfy { !$0.isEmpty && $0.allSatisfy { ("0"..."9").contains($0) } }
    }
}
