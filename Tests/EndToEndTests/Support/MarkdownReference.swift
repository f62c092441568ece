import Foundation

/// A name ending in `.md` that a document or a code comment mentions, and where.
///
///     // In Sources/RNNSolver/Questions/GradientClipping.swift, line 14:
///     //   /// See also docs/conventions.md, "Clipping".
///     // → MarkdownReference(file: "Sources/…/GradientClipping.swift", line: 14, name: "docs/conventions.md")
struct MarkdownReference: CustomStringConvertible {
    /// The referring file, relative to the repository root.
    var file: String
    /// The 1-based line of the mention.
    var line: Int
    /// The name as written, without any `#anchor`: `docs/comparison.md`, `rubric-format.md`, `README.md`.
    var name: String

    var description: String { "\(file):\(line): \(name)" }

    /// A file-like name ending in `.md` that is not part of a longer path or word: a Markdown link
    /// `[x](conventions.md#gru)`, a backticked `docs/comparison.md` or a plain `README.md`.
    /// Templates such as `feedback/<student>.md`, `\(id).md` or `Benchmarks/*/README.md` do not
    /// match (the character before the name is not a path character), nor do URLs (`https:` is
    /// not a folder).
    private static let pattern = #"(?<![\w./-])((?:[\w.-]+/)*[\w.-]*\w\.md)(?!\w)"#

    /// Every mention in `text`, which is the whole content of `file`.
    static func all(in text: String, file: String) throws -> [MarkdownReference] {
        try scan(text, file: file) { $0 }
    }

    /// Every mention in the comments of `text`, a source file with extension `pathExtension`.
    static func inComments(of text: String, file: String, pathExtension: String) throws -> [MarkdownReference] {
        try scan(text, file: file) { comment(of: $0, pathExtension: pathExtension) }
    }

    /// Every mention in the part `searched` keeps of each line of `text`.
    private static func scan(_ text: String, file: String, _ searched: (String) -> String) throws -> [MarkdownReference] {
        let expression = try NSRegularExpression(pattern: pattern)
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().flatMap { index, line in
            names(in: searched(String(line)), expression).map { MarkdownReference(file: file, line: index + 1, name: $0) }
        }
    }

    /// The names `expression` (the compiled `pattern`) matches in `text`.
    private static func names(in text: String, _ expression: NSRegularExpression) -> [String] {
        let range = NSRange(text.startIndex..., in: text)
        return expression.matches(in: text, range: range).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    /// The comment part of one line: from `//` outside a one-line string literal (Swift), `#`
    /// (Python, shell) or `<!--` (XML) to the end of the line; empty for a line without one.
    static func comment(of line: String, pathExtension: String) -> String {
        switch pathExtension {
        case "swift": return swiftComment(of: line)
        case "py", "sh": return line.firstIndex(of: "#").map { String(line[$0...]) } ?? ""
        case "xml", "xsd": return line.range(of: "<!--").map { String(line[$0.lowerBound...]) } ?? ""
        default: return ""
        }
    }

    /// The part of a Swift line from the first `//` that is not inside a string literal.
    private static func swiftComment(of line: String) -> String {
        var inString = false
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if inString && character == "\\" {
                index = line.index(after: index)
                if index < line.endIndex { index = line.index(after: index) }
                continue
            }
            if character == "\"" {
                inString.toggle()
            } else if !inString && line[index...].hasPrefix("//") {
                return String(line[index...])
            }
            index = line.index(after: index)
        }
        return ""
    }
}
