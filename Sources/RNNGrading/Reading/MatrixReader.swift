import RNNMath

/// Reads a vector or matrix in bracket, MATLAB or numpy form.
///
/// ```
/// matrix  := call | list
/// call    := ('np.' | 'numpy.')? ('array' | 'matrix') '(' list ')'
/// list    := '[' (rows | flat (';' flat)* ';'?) ']'
/// rows    := '[' flat ']' (','? '[' flat ']')* ','?
/// flat    := number ((',' | ' ') number)* ','?
/// ```
/// `[[1, 2], [3, 4]]`, `[1 2; 3 4]`, `[1, 2; 3, 4]` and `np.array([[1, 2], [3, 4]])` are the
/// same 2×2 matrix. A single flat list without semicolons (`[1, 2]`, `[1 2]`) has no written
/// orientation; ``FlatList`` says how to read it. Written rows (`[[1, 2]]`) and columns
/// (`[1; 2]`, `[[1], [2]]`) keep their orientation, and the comparator accepts a transposed vector.
enum MatrixReader {
    /// How a flat list such as `[1, 2, 3]` is read.
    enum FlatList {
        /// As an n×1 column vector (for vector answers and weights).
        case column
        /// As a 1×n row (for matrix answers, as MATLAB reads `[1 2 3]`).
        case row
    }

    /// The function names that may wrap a list, longest first.
    private static let callNames = ["numpy.array", "numpy.matrix", "np.array", "np.matrix", "array", "matrix"]

    /// Reads a matrix starting at the cursor and leaves the cursor just after it.
    static func read(_ cursor: inout AnswerCursor, flatList: FlatList) throws(AnswerFormatError) -> Matrix {
        let start = cursor.offset
        guard let name = callNames.first(where: { cursor.consume(word: $0) }) else {
            return try readList(&cursor, flatList: flatList)
        }
        cursor.skipSpaces()
        let open = cursor.offset
        guard cursor.consume("(") else {
            throw AnswerFormatError(message: "expected ‘(’ after \(name)", column: cursor.offset, hint: "write \(name)([[1, 2], [3, 4]])")
        }
        cursor.skipSpaces()
        let matrix = try readList(&cursor, flatList: flatList)
        cursor.skipSpaces()
        guard cursor.consume(")") else {
            throw cursor.isAtEnd
                ? AnswerFormatError(message: "this ‘(’ is never closed", column: open, hint: "add ‘)’ at the end")
                : AnswerFormatError(message: "expected ‘)’ to close \(cursor.text(from: start).prefix(name.count))(", column: cursor.offset)
        }
        return matrix
    }

    /// Reads `[ … ]`: nested rows or MATLAB rows separated by semicolons.
    private static func readList(_ cursor: inout AnswerCursor, flatList: FlatList) throws(AnswerFormatError) -> Matrix {
        let open = cursor.offset
        guard cursor.consume("[") else {
            throw NumberReader.unexpected(at: cursor, expecting: "‘[’ to start a matrix")
        }
        cursor.skipSpaces()
        var rows = RowCollector()
        var wroteRows = false
        if cursor.current == "[" {
            wroteRows = true
            while cursor.current == "[" {
                let rowStart = cursor.offset
                cursor.offset += 1
                try rows.append(try readFlat(&cursor, open: rowStart), at: rowStart)
                try close(&cursor, open: rowStart)
                cursor.skipSpaces()
                if cursor.consume(",") { cursor.skipSpaces() }
            }
        } else {
            repeat {
                cursor.skipSpaces()
                let rowStart = cursor.offset
                let row = try readFlat(&cursor, open: open)
                if row.isEmpty, wroteRows, cursor.current == "]" { break }
                try rows.append(row, at: rowStart)
                if cursor.current == ";" { wroteRows = true }
            } while cursor.consume(";")
        }
        try close(&cursor, open: open)
        return try rows.matrix(wroteRows: wroteRows, flatList: flatList, at: open)
    }

    /// Reads numbers separated by commas or spaces, up to (not including) `]`, `;` or the end.
    private static func readFlat(_ cursor: inout AnswerCursor, open: Int) throws(AnswerFormatError) -> [Scalar] {
        var values: [Scalar] = []
        while true {
            cursor.skipSpaces()
            guard let character = cursor.current, character != "]", character != ";" else { return values }
            if character == "," {
                throw AnswerFormatError(message: "two commas in a row: a number is missing", column: cursor.offset)
            }
            if character == "[" {
                throw AnswerFormatError(
                    message: "too many brackets: a matrix is a list of rows of numbers",
                    column: cursor.offset,
                    hint: "write [[1, 2], [3, 4]] or [1 2; 3 4]"
                )
            }
            values.append(try NumberReader.read(&cursor))
            let afterNumber = cursor.offset
            cursor.skipSpaces()
            if cursor.consume(",") { continue }
            if cursor.offset == afterNumber, let next = cursor.current, next != "]", next != ";" {
                throw NumberReader.unexpected(at: cursor, expecting: "‘,’ or ‘]’")
            }
        }
    }

    /// Reads the `]` that closes the `[` at `open`, or says why it is missing.
    private static func close(_ cursor: inout AnswerCursor, open: Int) throws(AnswerFormatError) {
        cursor.skipSpaces()
        guard !cursor.consume("]") else { return }
        guard let found = cursor.current else {
            throw AnswerFormatError(message: "this ‘[’ is never closed", column: open, hint: "add ‘]’ at the end")
        }
        throw AnswerFormatError(message: "expected ‘]’, found ‘\(found)’", column: cursor.offset)
    }
}

/// Rows read so far, checked to have equal lengths as they arrive.
private struct RowCollector {
    /// The rows, each a list of numbers.
    var rows: [[Scalar]] = []

    /// Adds a row, refusing an empty one or one whose length differs from the row before.
    mutating func append(_ row: [Scalar], at column: Int) throws(AnswerFormatError) {
        guard !row.isEmpty else {
            throw rows.isEmpty
                ? AnswerFormatError(message: "the matrix is empty", column: column, hint: "write its numbers between the brackets")
                : AnswerFormatError(message: "a row of the matrix is empty", column: column)
        }
        if let previous = rows.last, previous.count != row.count {
            throw AnswerFormatError(
                message: "the rows of a matrix must have equal lengths",
                column: column,
                hint: "a row has \(row.count) \(row.count == 1 ? "number" : "numbers") here but \(previous.count) in the row before"
            )
        }
        rows.append(row)
    }

    /// The matrix: one unwritten flat row becomes a column or a row as `flatList` says.
    func matrix(wroteRows: Bool, flatList: MatrixReader.FlatList, at column: Int) throws(AnswerFormatError) -> Matrix {
        let lists = !wroteRows && flatList == .column ? rows.flatMap { $0 }.map { [$0] } : rows
        do {
            return try Matrix(lists)
        } catch {
            throw AnswerFormatError(message: "the matrix is empty", column: column, hint: "write its numbers between the brackets")
        }
    }
}
