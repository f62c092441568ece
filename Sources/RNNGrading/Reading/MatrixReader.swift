import RNNMath

/// Reads a vector or matrix in bracket, MATLAB or numpy form.
///
/// ```
/// matrix  := call | list
/// call    := ('np.' | 'numpy.')? ('array' | 'matrix') '(' list (',' 'dtype' '=' type)? ')'
/// list    := '[' (rows | flat (';' flat)* ';'?) ']'
/// rows    := '[' flat ']' (','? '[' flat ']')* ','?
/// flat    := number ((',' | ' ') number)* ','?
/// ```
/// `[[1, 2], [3, 4]]`, `[1 2; 3 4]`, `[1, 2; 3, 4]` and `np.array([[1, 2], [3, 4]])` are the
/// same 2×2 matrix, and so is numpy's printed form `array([[1., 2.],\n       [3., 4.]])` or
/// `[[1. 2.]\n [3. 4.]]`, with or without `dtype=float32`. A single flat list without semicolons (`[1, 2]`, `[1 2]`) has no written
/// orientation; ``FlatList`` says how to read it. Written rows (`[[1, 2]]`) and columns
/// (`[1; 2]`, `[[1], [2]]`) keep their orientation, and the comparator accepts a transposed vector.
/// Three or more levels of brackets are an array of that rank (`MatrixReader+Nested.swift`).
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
        try readDataType(&cursor)
        cursor.skipSpaces()
        guard cursor.consume(")") else {
            throw cursor.isAtEnd
                ? AnswerFormatError(message: "this ‘(’ is never closed", column: open, hint: "add ‘)’ at the end")
                : AnswerFormatError(message: "expected ‘)’ to close \(cursor.text(from: start).prefix(name.count))(", column: cursor.offset)
        }
        return matrix
    }

    /// Reads numpy's `, dtype=float32` after the list in a call, if it comes next: the type of
    /// a numeric array (`float64`, `np.float32`, `'float32'`, `int64`, …) changes no number.
    private static func readDataType(_ cursor: inout AnswerCursor) throws(AnswerFormatError) {
        var ahead = cursor
        ahead.skipSpaces()
        guard ahead.consume(",") else { return }
        ahead.skipSpaces()
        guard ahead.consume(word: "dtype") else { return }
        ahead.skipSpaces()
        guard ahead.consume("=") else {
            throw AnswerFormatError(message: "expected ‘=’ after dtype", column: ahead.offset, hint: "write dtype=float32")
        }
        ahead.skipSpaces()
        let typeStart = ahead.offset
        let quote = ahead.current == "'" || ahead.current == "\"" ? ahead.current : nil
        if quote != nil { ahead.offset += 1 }
        var name = ""
        while let character = ahead.peek(name.count), character.isLetter || character.isASCIIDigit || character == "." || character == "_" {
            name.append(character)
        }
        let lowered = name.lowercased()
        let bare = ["numpy.", "np."].first { lowered.hasPrefix($0) }.map { String(lowered.dropFirst($0.count)) } ?? lowered
        guard numericTypes.contains(bare) else {
            throw AnswerFormatError(message: "an answer is an array of numbers, not of dtype \(name.isEmpty ? "…" : name)",
                                    column: typeStart, hint: "write dtype=float64, or leave the dtype out")
        }
        ahead.offset += name.count
        if let quote, !ahead.consume(quote) {
            throw AnswerFormatError(message: "this ‘\(quote)’ is never closed", column: typeStart)
        }
        cursor = ahead
    }

    /// The numeric dtypes numpy prints in an array's repr (and `float`/`int`, as students type them).
    private static let numericTypes: Set<String> = [
        "float", "float16", "float32", "float64", "double", "half", "single", "longdouble", "float128",
        "int", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
    ]

    /// Reads `[ … ]`: nested rows or MATLAB rows separated by semicolons.
    private static func readList(_ cursor: inout AnswerCursor, flatList: FlatList) throws(AnswerFormatError) -> Matrix {
        let open = cursor.offset
        guard cursor.consume("[") else {
            throw NumberReader.unexpected(at: cursor, expecting: "‘[’ to start a matrix")
        }
        cursor.skipSpaces()
        if startsNestedArray(cursor) {
            cursor.offset = open
            return try readNestedArray(&cursor)
        }
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
    static func readFlat(_ cursor: inout AnswerCursor, open: Int) throws(AnswerFormatError) -> [Scalar] {
        var values: [Scalar] = []
        while true {
            cursor.skipSpaces()
            guard let character = cursor.current, character != "]", character != ";" else { return values }
            if character == "," {
                throw AnswerFormatError(message: "two commas in a row: a number is missing", column: cursor.offset)
            }
            if character == "[" {
                throw AnswerFormatError(
                    message: "a list is mixed with numbers here: every list at one depth of an array holds lists, or every one numbers",
                    column: cursor.offset,
                    hint: "write [[1, 2], [3, 4]] or [1 2; 3 4]"
                )
            }
            if character == ".", cursor.peek(1) == ".", cursor.peek(2) == "." {
                throw AnswerFormatError(
                    message: "numpy shortened this array with ‘...’, so some of its numbers are missing",
                    column: cursor.offset,
                    hint: "print it whole after np.set_printoptions(threshold=sys.maxsize), or hand in np.savez answers"
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
    static func close(_ cursor: inout AnswerCursor, open: Int) throws(AnswerFormatError) {
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
