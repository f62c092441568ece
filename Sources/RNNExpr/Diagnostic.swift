/// A problem located in a file: the one place a `file:line:column` is kept, and the one place
/// it is turned into text.
///
/// Two renderings, for the two kinds of reader:
/// - ``description``, one line per problem (then the excerpt, if any), for lists of findings:
///   ```
///   r.xml:3:17: unexpected ')'
///   3 |   <equation>h = )</equation>
///     |                 ^ expected an expression
///   ```
/// - ``caretBlock(arrow:)``, a headline and the location under it, for a single error:
///   ```
///   error: use a dot as the decimal separator
///    --> answers.txt:3:7
///   3 | 1.a = 0,5
///     |       ^ write 0.5
///   ```
package struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file name as the user gave it.
    package var file: String
    /// The 1-based line.
    package var line: Int
    /// The 1-based column.
    package var column: Int
    /// What is wrong, in words the reader can act on (no trailing newline).
    package var message: String
    /// The source line with a caret under the problem, when the line is known.
    package var excerpt: Excerpt?

    /// Creates a diagnostic at `file:line:column`.
    package init(file: String, line: Int, column: Int, message: String, excerpt: Excerpt? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.excerpt = excerpt
    }

    /// `file:line:column`.
    package var location: String { "\(file):\(line):\(column)" }

    /// `file:line:column: message`, then the excerpt's two lines when there is one.
    package var description: String {
        "\(location): \(message)" + (excerpt.map { "\n" + $0.rendered(lineNumber: line) } ?? "")
    }

    /// `error: message`, the location after `-->`, then the excerpt's two lines when there is one.
    /// There is no trailing newline.
    package func caretBlock(arrow: ArrowIndent) -> String {
        let gutterWidth = String(line).count
        let indent = switch arrow {
        case .gutter: String(repeating: " ", count: gutterWidth)
        case .single: " "
        }
        return "error: \(message)\n\(indent)--> \(location)" + (excerpt.map { "\n" + $0.rendered(lineNumber: line) } ?? "")
    }

    /// How far ``caretBlock(arrow:)`` indents the `-->` line.
    package enum ArrowIndent: Sendable {
        /// As wide as the line number's gutter, so `-->` ends where `|` stands (` --> ` for line 3,
        /// `  --> ` for line 12).
        case gutter
        /// One space, whatever the line number (` --> `).
        case single
    }
}
