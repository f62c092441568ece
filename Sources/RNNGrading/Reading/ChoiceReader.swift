/// Reads choice labels: `b`, `(b)`, `B`, `b)`, `b.`; several as `a, c`, `a c`, `{a, c}`, `[a, c]`.
///
/// ```
/// choices := '{' labels '}' | '[' labels ']' | labels
/// labels  := label ((',' | ';' | ' ') label)*
/// label   := '(' name ')' | name (')' | '.')?
/// name    := one to four letters or digits       -- a, B, iv, 12
/// ```
/// Labels are compared without case and returned in lower case, sorted, without repeats. When
/// the part's option ids are known, a label is any one of them (`vanish`, however long), any
/// other label is refused as "not an option", and hints name the options instead of letters.
enum ChoiceReader {
    /// The longest label accepted, so a sentence is not taken for a list of labels.
    static let longestLabel = 4

    /// Reads the labels of the whole answer (the cursor ends at the end of the text); `known`
    /// are the part's option ids, when known.
    static func read(_ cursor: inout AnswerCursor, labels known: ChoiceLabels? = nil) throws(AnswerFormatError) -> [String] {
        cursor.skipSpaces()
        let open = cursor.offset
        let closer: Character? = cursor.consume("{") ? "}" : cursor.consume("[") ? "]" : nil
        var labels: [String] = []
        while true {
            cursor.skipSpaces()
            if let closer, cursor.consume(closer) { break }
            if cursor.isAtEnd {
                if let closer {
                    throw AnswerFormatError(message: "this ‘\(cursor.characters[open])’ is never closed", column: open, hint: "add ‘\(closer)’ at the end")
                }
                break
            }
            labels.append(try readLabel(&cursor, known: known))
            cursor.skipSpaces()
            if cursor.consume(",") || cursor.consume(";") { continue }
        }
        guard !labels.isEmpty else {
            throw AnswerFormatError(message: "no choice is given", column: open,
                                    hint: known?.hint ?? "write the letter of your choice, e.g. b")
        }
        return Array(Set(labels)).sorted()
    }

    /// Reads one label with its optional parentheses or trailing dot.
    private static func readLabel(_ cursor: inout AnswerCursor, known: ChoiceLabels?) throws(AnswerFormatError) -> String {
        let start = cursor.offset
        let parenthesised = cursor.consume("(")
        var name = ""
        while let character = cursor.current, character.isLetter || character.isNumber {
            name.append(character)
            cursor.offset += 1
        }
        guard !name.isEmpty else {
            throw NumberReader.unexpected(at: cursor, expecting: "a choice label")
        }
        if let known, !known.contains(name) {
            throw AnswerFormatError(message: "‘\(name)’ is not an option", column: start, hint: known.hint)
        }
        guard known != nil || name.count <= longestLabel else {
            throw AnswerFormatError(
                message: "‘\(name)’ is not a choice label",
                column: start,
                hint: "write only the letters of your choices, e.g. b or a, c"
            )
        }
        if parenthesised, !cursor.consume(")") {
            throw AnswerFormatError(message: "this ‘(’ is never closed", column: start, hint: "write (\(name))")
        }
        if !parenthesised, !cursor.consume(")") { _ = cursor.consume(".") }
        return name.lowercased()
    }

}
