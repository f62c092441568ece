import RNNMath

/// Reads a design answer's weights: `W = [[-1, -1], [1, 1]]; b = [1, -1]; r = 1`, or one per line.
///
/// ```
/// weights := entry ((';' | newline) entry)* ';'?
/// entry   := name '=' (matrix | number)
/// name    := letter (letter | digit | '_')*
/// ```
/// Semicolons inside brackets belong to the matrix (`W = [1 2; 3 4]`). A name given twice is refused.
enum WeightsReader {
    /// Reads every entry of the answer (the cursor ends at the end of the text).
    static func read(_ cursor: inout AnswerCursor) throws(AnswerFormatError) -> [WeightEntry] {
        var entries: [WeightEntry] = []
        var seen: Set<String> = []
        while true {
            skipSeparators(&cursor)
            guard !cursor.isAtEnd else { break }
            let nameStart = cursor.offset
            let entry = try readEntry(&cursor)
            guard seen.insert(entry.name).inserted else {
                throw AnswerFormatError(message: "\(entry.name) is given twice", column: nameStart, hint: "give each weight once")
            }
            entries.append(entry)
            while cursor.current == " " { cursor.offset += 1 }
            guard cursor.isAtEnd || cursor.current == ";" || cursor.current == "\n" else {
                throw NumberReader.unexpected(at: cursor, expecting: "‘;’ or a new line after the value")
            }
        }
        guard !entries.isEmpty else {
            throw AnswerFormatError(message: "no weights are given", column: 0, hint: "write them as W = [[1, 0], [0, 1]]; b = [0, 0]")
        }
        return entries
    }

    /// Skips spaces, newlines and semicolons between entries.
    private static func skipSeparators(_ cursor: inout AnswerCursor) {
        while let character = cursor.current, character.isWhitespace || character == ";" { cursor.offset += 1 }
    }

    /// Reads `name = value`.
    private static func readEntry(_ cursor: inout AnswerCursor) throws(AnswerFormatError) -> WeightEntry {
        var name = ""
        while let character = cursor.current,
              character.isLetter || character == "_" || (!name.isEmpty && character.isNumber) {
            name.append(character)
            cursor.offset += 1
        }
        guard !name.isEmpty else {
            throw NumberReader.unexpected(at: cursor, expecting: "the name of a weight")
        }
        cursor.skipSpaces()
        guard cursor.consume("=") else {
            throw NumberReader.unexpected(at: cursor, expecting: "‘=’ after \(name)")
        }
        cursor.skipSpaces()
        if let character = cursor.current, character == "[" || character.isLetter, !startsNumberWord(cursor) {
            return WeightEntry(name: name, value: try MatrixReader.read(&cursor, flatList: .column))
        }
        return WeightEntry(name: name, value: .scalar(try NumberReader.read(&cursor)))
    }

    /// Whether the next word is `inf`, `infinity` or `nan`, which are numbers, not matrix calls.
    private static func startsNumberWord(_ cursor: AnswerCursor) -> Bool {
        ["inf", "infinity", "nan"].contains(cursor.nextWord().lowercased())
    }
}
