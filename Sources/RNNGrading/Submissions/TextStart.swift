import RNNXML

/// Where an element's text content starts in the source: the first character after its start
/// tag that is not white space, or just after the start tag when the content is blank.
struct TextStart {
    /// The 1-based line.
    let line: Int
    /// The 1-based column, in characters.
    let column: Int

    /// The text start of `node`, found by scanning the document's source from the node's `<`
    /// past its start tag (quotes respected) and any white space.
    init(of node: XMLNode, in source: inout SourceColumns) {
        let scalars = source.scalars
        var cursor = (line: node.line - 1, index: node.column - 1)
        /// The scalar at the cursor (moving to the next line at a line end), or nil at the end.
        func next() -> Unicode.Scalar? {
            while cursor.line < scalars.count, cursor.index >= scalars[cursor.line].count {
                cursor = (cursor.line + 1, 0)
            }
            guard cursor.line < scalars.count else { return nil }
            defer { cursor.index += 1 }
            return scalars[cursor.line][cursor.index]
        }
        var quote: Unicode.Scalar?
        var previous: Unicode.Scalar?
        while let scalar = next() {
            if let open = quote {
                if scalar == open { quote = nil }
            } else if scalar == "\"" || scalar == "'" {
                quote = scalar
            } else if scalar == ">" {
                break
            }
            previous = scalar
        }
        var found = cursor
        if previous != "/" {
            while let scalar = next() {
                guard scalar.properties.isWhitespace else {
                    if scalar != "<" || scalars[cursor.line].dropFirst(cursor.index).first != "/" {
                        found = (cursor.line, cursor.index - 1)
                    }
                    break
                }
            }
        }
        self.line = found.line + 1
        self.column = source.characterColumn(line: found.line, scalarIndex: found.index)
    }
}

/// A document's lines as Unicode scalars, with scalar positions turned into character columns
/// (computed once per line, so many answers on one long line stay linear).
struct SourceColumns {
    /// The lines' scalars; line `n` is element `n - 1`.
    let scalars: [[Unicode.Scalar]]
    private let lines: [String]
    private var columns: [Int: [Int]] = [:]

    init(lines: [String]) {
        self.lines = lines
        self.scalars = lines.map { Array($0.unicodeScalars) }
    }

    /// The 1-based character column of the scalar at 0-based `scalarIndex` of 0-based `line`
    /// (one past the last character at the line's end).
    mutating func characterColumn(line: Int, scalarIndex: Int) -> Int {
        guard line < lines.count else { return 1 }
        if columns[line] == nil {
            var table: [Int] = []
            for (offset, character) in lines[line].enumerated() {
                table += repeatElement(offset + 1, count: character.unicodeScalars.count)
            }
            columns[line] = table
        }
        let table = columns[line] ?? []
        return scalarIndex < table.count ? table[scalarIndex] : (table.last ?? 0) + 1
    }
}
