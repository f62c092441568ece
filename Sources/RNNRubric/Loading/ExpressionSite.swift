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
        var line = self.line
        var column = self.column
        var remaining = offset
        var characters = Array(text)
        var index = 0
        // The current source line's characters, split once per line (not once per character:
        // a long `values` list on one line would make this quadratic in the line's length).
        var source = line <= lines.count ? Array(lines[line - 1]) : []
        while remaining > 0, index < characters.count, line <= lines.count {
            if characters[index] == "\n" || column > source.count {
                line += 1
                column = 1
                source = line <= lines.count ? Array(lines[line - 1]) : []
                index += characters[index] == "\n" ? 1 : 0
                remaining -= 1
                continue
            }
            if source[column - 1] == "&", let end = source[(column - 1)...].firstIndex(of: ";") {
                column = end + 2
            } else {
                column += 1
            }
            index += 1
            remaining -= 1
        }
        characters.removeAll()
        return (line, column)
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
