extension ExpressionParser {
    /// `item := expr | expr? ':' expr? (':' expr?)?`: one index of a subscript, either an
    /// expression (`t-1`, `2`, `captions`) or a numpy slice (`:`, `:H`, `1:3`, `::2`, `-1:`).
    mutating func parseIndexItem() throws(ExpressionError) -> Expr {
        let first = current
        let start = endsSlicePart ? nil : try parseSum(.free)
        guard current.kind == .colon else {
            guard let start else { throw unexpected("expected an index or a slice such as 1:3") }
            return start
        }
        var last = advance()
        let stop = endsSlicePart ? nil : try parseSum(.free)
        var step: Expr?
        if current.kind == .colon {
            last = advance()
            step = endsSlicePart ? nil : try parseSum(.free)
        }
        let end = (step ?? stop)?.range ?? last.range
        return try node(.slice(start: start, stop: stop, step: step), first.range.union(end))
    }

    /// Whether the current token ends a part of a slice (so that part is left out).
    private var endsSlicePart: Bool {
        current.kind == .colon || current.kind == .comma || current.kind == .rightBracket
    }
}
