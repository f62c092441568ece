import RNNExpr
import RNNXML

/// Where an expression's text sits in the rubric file: the 1-based line and column of its first
/// character. Maps offsets inside the expression to file positions for carets.
struct ExpressionSite {
    var line: Int
    var column: Int

    /// The file position of `offset` characters into the expression `text`, walking the source
    /// lines so that multi-line text and XML character references (`&lt;`) are accounted for.
    func position(ofOffset offset: Int, in text: String, lines: [String]) -> (line: Int, column: Int) {
        positions(ofOffsets: [offset], in: text, lines: lines)[0]
    }

    /// The file positions of several offsets into `text`, in one walk when they ascend (the
    /// items of a long `values` list: one walk per item would be quadratic in the list's length).
    func positions(ofOffsets offsets: [Int], in text: String, lines: [String]) -> [(line: Int, column: Int)] {
        guard offsets.contains(where: { $0 > 0 }) else { return offsets.map { _ in (line, column) } }
        var walk = Walk(site: self, text: text, lines: lines)
        return offsets.map { offset in
            if offset < walk.walked { walk = Walk(site: self, text: text, lines: lines) }
            walk.advance(to: offset)
            return (walk.line, walk.column)
        }
    }

    /// A walk through an expression's text and its source lines, character by character.
    private struct Walk {
        let lines: [String]
        let characters: [Character]
        var line: Int
        var column: Int
        /// Characters of the text walked so far.
        var walked = 0
        var index = 0
        /// The current source line's characters, split once per line (not once per character:
        /// a long `values` list on one line would make this quadratic in the line's length).
        var source: [Character]

        init(site: ExpressionSite, text: String, lines: [String]) {
            self.lines = lines
            characters = Array(text)
            line = site.line
            column = site.column
            source = site.line <= lines.count ? Array(lines[site.line - 1]) : []
        }

        /// Walks on until `offset` characters of the text are behind (or the text or file ends).
        mutating func advance(to offset: Int) {
            while walked < offset, index < characters.count, line <= lines.count {
                if characters[index] == "\n" || column > source.count {
                    line += 1
                    column = 1
                    source = line <= lines.count ? Array(lines[line - 1]) : []
                    index += characters[index] == "\n" ? 1 : 0
                    walked += 1
                    continue
                }
                if source[column - 1] == "&", let end = source[(column - 1)...].firstIndex(of: ";") {
                    column = end + 2
                } else {
                    column += 1
                }
                index += 1
                walked += 1
            }
        }
    }
}

extension XMLDocumentTree {
    /// The position of the first non-blank character of `node`'s text, found after the end of
    /// its start tag; the start tag's position when the text cannot be found.
    func positionOfText(in node: XMLNode) -> (line: Int, column: Int) {
        var line = node.line
        var column = max(1, node.column)
        var insideTag = true
        var quote: Character?
        while line <= sourceLines.count {
            let characters = Array(sourceLines[line - 1])
            while column <= characters.count {
                let character = characters[column - 1]
                if insideTag {
                    if let open = quote {
                        if character == open { quote = nil }
                    } else if character == "\"" || character == "'" {
                        quote = character
                    } else if character == ">" {
                        insideTag = false
                    }
                } else if !character.isWhitespace {
                    return (line, column)
                }
                column += 1
            }
            line += 1
            column = 1
        }
        return (node.line, max(1, node.column))
    }
}
