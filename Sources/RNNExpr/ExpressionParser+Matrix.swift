extension ExpressionParser {
    /// `matrix := '[' row (';' row)* ']' | '[' '[' row ']' (',' '[' row ']')* ']'`.
    ///
    /// - Rows of rows, numpy style: `[[1, 2], [3, 4]]` is 2×2, `[[1, 2, 3]]` is 1×3.
    /// - MATLAB style, `;` between rows, commas or blanks between elements: `[1 2; 3 4]` is 2×2,
    ///   `[1 -2]` is 1×2 (a sign after a blank starts an element), `[1 - 2]` is 1×1.
    /// - A list with commas only is a column vector: `[1, 2, 3]` is 3×1.
    ///
    /// Ragged rows and `[]` are errors.
    mutating func parseMatrix() throws(ExpressionError) -> Expr {
        let open = advance()
        var rows: [[Expr]]
        if current.kind == .leftBracket {
            rows = [try parseBracketedRow()]
            while current.kind == .comma {
                advance()
                rows.append(try parseBracketedRow())
            }
        } else {
            let elements = try parseElements()
            rows = elements.isMatlab ? elements.rows : elements.rows[0].map { [$0] }
        }
        let close = try expect(.rightBracket, "expected ',' or ']'")
        try checkRectangular(rows)
        return try node(.matrix(rows), open.range.union(close.range))
    }

    /// One `[a, b, …]` row of a numpy-style matrix (blanks also separate elements).
    private mutating func parseBracketedRow() throws(ExpressionError) -> [Expr] {
        try enterNesting()
        defer { leaveNesting() }
        try expect(.leftBracket, "expected '[' to start the next row")
        let elements = try parseElements()
        if let semicolon = elements.firstSemicolon {
            throw ExpressionError(
                message: "';' inside a row of [[…], […]]", range: semicolon,
                expected: "use [[1, 2], [3, 4]] or [1 2; 3 4], not both")
        }
        try expect(.rightBracket, "expected ',' or ']'")
        return elements.rows[0]
    }

    /// Elements up to (not including) the closing `]`, split into rows at `;`.
    private mutating func parseElements() throws(ExpressionError) -> (
        rows: [[Expr]], isMatlab: Bool, firstSemicolon: SourceRange?
    ) {
        guard current.kind != .rightBracket else {
            throw ExpressionError(
                message: "empty matrix", range: current.range, expected: "write at least one element")
        }
        var rows: [[Expr]] = [[]]
        var isMatlab = false
        var firstSemicolon: SourceRange?
        while true {
            rows[rows.count - 1].append(try parseSum(.matrixRow))
            switch current.kind {
            case .comma:
                advance()
            case .semicolon:
                firstSemicolon = firstSemicolon ?? current.range
                isMatlab = true
                advance()
                rows.append([])
            case .rightBracket:
                return (rows, isMatlab, firstSemicolon)
            default:
                guard current.followsWhitespace, current.startsExpression else {
                    throw unexpected("expected ',', ';' or ']'")
                }
                isMatlab = true
            }
        }
    }

    /// Fails on the first row whose length differs from the first row's.
    private func checkRectangular(_ rows: [[Expr]]) throws(ExpressionError) {
        let width = rows[0].count
        guard let (number, row) = rows.enumerated().first(where: { $0.element.count != width }) else { return }
        let range = row.dropFirst().reduce(row[0].range) { $0.union($1.range) }
        throw ExpressionError(
            message: "rows of a matrix must have the same length", range: range,
            expected: "row \(number + 1) has \(row.count) element\(row.count == 1 ? "" : "s"), row 1 has \(width)")
    }
}
