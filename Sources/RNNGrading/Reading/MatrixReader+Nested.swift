import RNNMath

/// Arrays of rank 3 or more in answers: nested lists (`[[[1, 2], [3, 4]], [[5, 6], [7, 8]]]`),
/// numpy's printed form (`[[[1. 2.]\n  [3. 4.]]\n\n [[5. 6.]\n  [7. 8.]]]`, lists separated by
/// spaces or blank lines) and its repr inside `array(…)`. Every list at one depth has the same
/// shape, as numpy requires of a regular array.
extension MatrixReader {
    /// Whether the cursor, just after an opening `[`, is at two more: `[[[`, an array of three
    /// or more axes.
    static func startsNestedArray(_ cursor: AnswerCursor) -> Bool {
        var ahead = cursor
        ahead.skipSpaces()
        guard ahead.consume("[") else { return false }
        ahead.skipSpaces()
        return ahead.current == "["
    }

    /// Reads `[ … ]` nested to any depth up to `Matrix.maximumRank`, as an array with
    /// leading axes.
    static func readNestedArray(_ cursor: inout AnswerCursor) throws(AnswerFormatError) -> Matrix {
        let start = cursor.offset
        let (shape, elements) = try readNestedList(&cursor, depth: 1)
        do {
            return try Matrix(shape: shape, elements: elements)
        } catch {
            throw AnswerFormatError(message: "the array is empty", column: start, hint: "write its numbers between the brackets")
        }
    }

    /// One list `[ … ]` at `depth` (1 for the outermost): its shape and elements.
    private static func readNestedList(_ cursor: inout AnswerCursor, depth: Int) throws(AnswerFormatError) -> ([Int], [Scalar]) {
        let open = cursor.offset
        guard depth <= Matrix.maximumRank else {
            throw AnswerFormatError(message: "too many brackets: an answer has at most \(Matrix.maximumRank) dimensions", column: open)
        }
        guard cursor.consume("[") else { throw NumberReader.unexpected(at: cursor, expecting: "‘[’ to start a list") }
        cursor.skipSpaces()
        guard cursor.current == "[" else {
            let values = try readFlat(&cursor, open: open)
            guard !values.isEmpty else {
                throw AnswerFormatError(message: "a list of the array is empty", column: open, hint: "write its numbers between the brackets")
            }
            try close(&cursor, open: open)
            return ([values.count], values)
        }
        var itemShape: [Int]?
        var elements: [Scalar] = []
        var count = 0
        while cursor.current == "[" {
            let itemStart = cursor.offset
            let (shape, values) = try readNestedList(&cursor, depth: depth + 1)
            if let itemShape, itemShape != shape {
                throw AnswerFormatError(
                    message: "the lists of an array must have equal shapes", column: itemStart,
                    hint: "this list has shape \(Matrix.shapeText(shape)) but the one before \(Matrix.shapeText(itemShape))")
            }
            itemShape = shape
            elements += values
            count += 1
            cursor.skipSpaces()
            if cursor.consume(",") { cursor.skipSpaces() }
        }
        try close(&cursor, open: open)
        return ([count] + (itemShape ?? []), elements)
    }
}
