import RNNExpr
import RNNXML

extension RubricReader {
    /// Parses the expression in attribute `name` of `node`; nil (with a diagnostic) when it does not parse.
    func expression(_ node: XMLNode, attribute name: String) -> Located<Expr>? {
        guard let text = node.attribute(name) else { return nil }
        let position = tree.position(ofAttributeValue: name, in: node)
        let site = ExpressionSite(line: position?.line ?? node.line, column: position?.column ?? max(1, node.column))
        return parse(text, at: site, offset: 0)
    }

    /// Parses the element's text as an expression.
    func expressionText(_ node: XMLNode) -> Located<Expr>? {
        let (text, site) = textAndSite(node)
        return parse(text, at: site, offset: 0)
    }

    /// Parses the element's text as an equation (`h[t] = …`).
    func equationText(_ node: XMLNode) -> Located<Equation>? {
        let (text, site) = textAndSite(node)
        do {
            let equation = try ExpressionParser.parseEquation(text)
            return Located(value: equation, text: text, line: site.line, column: site.column)
        } catch {
            reportExpressionError(error, text: text, site: site, offset: 0)
            return nil
        }
    }

    /// Splits a whitespace-separated list of expressions (`10 10`, `[0, 1] [1, 1]`) at blanks
    /// outside brackets and parentheses, and parses each item.
    func expressionList(_ node: XMLNode, attribute name: String) -> [Located<Expr>] {
        guard let text = node.attribute(name) else { return [] }
        let position = tree.position(ofAttributeValue: name, in: node)
        let site = ExpressionSite(line: position?.line ?? node.line, column: position?.column ?? max(1, node.column))
        let items = Self.splitTopLevel(text)
        let starts = site.positions(ofOffsets: items.map(\.1), in: text, lines: tree.sourceLines)
        var result: [Located<Expr>] = []
        for ((item, offset), start) in zip(items, starts) {
            if let parsed = parse(item, at: site, start: start, offset: offset, within: text) { result.append(parsed) }
        }
        if items.isEmpty {
            report("'\(name)' lists no values", line: site.line, column: site.column, note: nil)
        }
        return result
    }

    /// Items separated by blanks outside brackets, with their character offsets.
    static func splitTopLevel(_ text: String) -> [(String, Int)] {
        var items: [(String, Int)] = []
        var start: (index: String.Index, offset: Int)?
        var depth = 0
        var offset = 0
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character.isBlank && depth == 0 {
                if let first = start { items.append((String(text[first.index..<index]), first.offset)) }
                start = nil
            } else {
                if start == nil { start = (index, offset) }
                if character == "(" || character == "[" { depth += 1 }
                if character == ")" || character == "]" { depth = max(0, depth - 1) }
            }
            index = text.index(after: index)
            offset += 1
        }
        if let first = start { items.append((String(text[first.index...]), first.offset)) }
        return items
    }

    /// The element's text without surrounding blanks, and where its first character is.
    func textAndSite(_ node: XMLNode) -> (String, ExpressionSite) {
        let position = tree.positionOfText(in: node)
        return (node.text.trimmingBlanks(), ExpressionSite(line: position.line, column: position.column))
    }

    /// Parses `text`, which starts `offset` characters into `whole` (the attribute or element
    /// text at `site`), at file position `start` (default: the site's own, for offset 0).
    private func parse(_ text: String, at site: ExpressionSite, start: (line: Int, column: Int)? = nil, offset: Int,
                       within whole: String? = nil) -> Located<Expr>? {
        let whole = whole ?? text
        let start = start ?? site.position(ofOffset: offset, in: whole, lines: tree.sourceLines)
        do {
            let expr = try ExpressionParser.parseExpression(text)
            return Located(value: expr, text: text, line: start.line, column: start.column)
        } catch {
            reportExpressionError(error, text: whole, site: site, offset: offset)
            return nil
        }
    }

    /// Records an expression error with a caret under its first offending character.
    func reportExpressionError(_ error: ExpressionError, text: String, site: ExpressionSite, offset: Int) {
        let position = site.position(ofOffset: offset + error.range.lowerBound, in: text, lines: tree.sourceLines)
        report(error.message, line: position.line, column: position.column, note: error.expected)
    }

    /// Records an error at `range` of the located expression `located`.
    func report(_ message: String, in located: Located<some Sendable>, range: SourceRange, note: String?) {
        let site = ExpressionSite(line: located.line, column: located.column)
        record { () -> Diagnostic in   // walking the source to place it is done only while it is kept
            let position = site.position(ofOffset: range.lowerBound, in: located.text, lines: tree.sourceLines)
            return diagnostic(message, line: position.line, column: position.column, note: note)
        }
    }
}
