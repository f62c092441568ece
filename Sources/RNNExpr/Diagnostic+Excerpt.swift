extension Diagnostic {
    /// A source line and a caret under the offending characters:
    /// ```
    /// 12 | h[t] = sigmoid(W*h[t-1] + )
    ///    |                           ^ expected an expression
    /// ```
    package struct Excerpt: Hashable, Sendable {
        /// The source line as shown (no line break).
        package var text: String
        /// The 0-based `Character` offset in `text` of the first caret (it may be past the end).
        package var caretOffset: Int
        /// How many carets, at least one.
        package var caretCount: Int
        /// Shown after the carets, such as `expected an expression`.
        package var note: String?

        /// The most characters of a source line an excerpt shows; a longer line is cut to this
        /// many around the caret, with `…` marking each cut end.
        package static let widest = 120

        /// Creates an excerpt; `caretCount` is raised to at least 1. A line longer than
        /// ``widest`` characters keeps only the ``widest`` around the caret (`…` where cut).
        package init(text: String, caretOffset: Int, caretCount: Int = 1, note: String? = nil) {
            let caret = max(0, caretOffset)
            let count = text.count
            if count > Self.widest {
                let start = max(0, min(caret - Self.widest / 2, count - Self.widest))
                let from = text.index(text.startIndex, offsetBy: start)
                let shown = text[from..<text.index(from, offsetBy: Self.widest)]
                self.text = (start > 0 ? "…" : "") + shown + (start + Self.widest < count ? "…" : "")
                self.caretOffset = caret - start + (start > 0 ? 1 : 0)
            } else {
                self.text = text
                self.caretOffset = caret
            }
            self.caretCount = max(1, caretCount)
            self.note = note
        }

        /// The two lines under a gutter holding `lineNumber`. The caret line copies each tab
        /// before the caret from `text` (other characters become spaces), so the caret stays
        /// under its character however a terminal expands tabs.
        package func rendered(lineNumber: Int) -> String {
            let gutter = String(lineNumber)
            let blankGutter = String(repeating: " ", count: gutter.count)
            let before = Array(text.prefix(caretOffset))
            let padding = String(before.map { $0 == "\t" ? "\t" : " " })
                + String(repeating: " ", count: caretOffset - before.count)
            let carets = String(repeating: "^", count: caretCount) + (note.map { " " + $0 } ?? "")
            return "\(gutter) | \(text)\n\(blankGutter) | \(padding)\(carets)"
        }
    }
}
