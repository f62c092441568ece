import Testing
import RNNExpr

/// Whole caret diagnostics, exactly as a user sees them.
@Suite struct DiagnosticsTests {
    // MARK: The shape of a diagnostic

    @Test func equationWithMissingOperand() {
        let source = "h[t] = sigmoid(W*h[t-1] + )"
        #expect(throws: ExpressionError.self) { try ExpressionParser.parseEquation(source) }
        do {
            _ = try ExpressionParser.parseEquation(source)
        } catch {
            #expect(error.rendered(source: source, file: "rubric.xml", line: 12, column: 4) == """
                error: unexpected ')'
                 --> rubric.xml:12:30
                12 | h[t] = sigmoid(W*h[t-1] + )
                   |                           ^ expected an expression
                """)
        }
    }

    @Test func multiLineSourceQuotesTheOffendingLine() {
        #expect(renderedError("a +\n  * b") == """
            error: unexpected '*'
             --> rubric.xml:2:3
            2 |   * b
              |   ^ expected an expression
            """)
    }

    @Test func tabsStayAligned() {
        #expect(renderedError("a\t+ )") == """
            error: unexpected ')'
             --> rubric.xml:1:5
            1 | a\t+ )
              |  \t  ^ expected an expression
            """)
    }

    @Test func caretsCoverTheRangeAndNoteIsOptional() {
        let error = ExpressionError(message: "undefined name 'Wh'", range: SourceRange(lowerBound: 8, upperBound: 10), expected: nil)
        #expect(error.rendered(source: "grad(L, Wh)", file: "a.txt", line: 3, column: 7) == """
            error: undefined name 'Wh'
             --> a.txt:3:15
            3 | grad(L, Wh)
              |         ^^
            """)
    }

    // MARK: Parse errors

    @Test(arguments: [
        ("2W", """
            error: missing operator between '2' and 'W'
             --> rubric.xml:1:2
            1 | 2W
              |  ^ write 2*W
            """),
        ("W h[t]", """
            error: missing operator between 'W' and 'h'
             --> rubric.xml:1:3
            1 | W h[t]
              |   ^ write W*h
            """),
        ("2(x + 1)", """
            error: missing operator between '2' and '('
             --> rubric.xml:1:2
            1 | 2(x + 1)
              |  ^ write 2*(…)
            """),
        ("W_h*(h + 1", """
            error: unexpected end of expression
             --> rubric.xml:1:11
            1 | W_h*(h + 1
              |           ^ expected ')'
            """),
        ("", """
            error: unexpected end of expression
             --> rubric.xml:1:1
            1 | 
              | ^ expected an expression
            """),
        ("a $ b", """
            error: unexpected character '$'
             --> rubric.xml:1:3
            1 | a $ b
              |   ^
            """),
        ("a\u{200B}b", """
            error: unexpected character U+200B
             --> rubric.xml:1:2
            1 | a\u{200B}b
              |  ^
            """),
        ("1. + 2", """
            error: unexpected '.'
             --> rubric.xml:1:2
            1 | 1. + 2
              |  ^ expected a digit after '.', or '.*'
            """),
        ("f(x) (y + 1)", """
            error: missing operator between 'f(x)' and '('
             --> rubric.xml:1:6
            1 | f(x) (y + 1)
              |      ^ write f(x)*(…)
            """),
        ("a*b^2 (c)", """
            error: missing operator between 'a*b^2' and '('
             --> rubric.xml:1:7
            1 | a*b^2 (c)
              |       ^ write a*b^2*(…)
            """),
        ("sigmoid(W*h[t-1] + U*x[t]) 2", """
            error: missing operator before '2'
             --> rubric.xml:1:28
            1 | sigmoid(W*h[t-1] + U*x[t]) 2
              |                            ^ write '*' for a product
            """),
        ("f(x))", """
            error: unexpected ')'
             --> rubric.xml:1:5
            1 | f(x))
              |     ^ expected the end of the expression
            """),
        ("f(x y)", """
            error: missing operator between 'x' and 'y'
             --> rubric.xml:1:5
            1 | f(x y)
              |     ^ write x*y
            """),
        ("params(lstm; input=1)", """
            error: unexpected ';'
             --> rubric.xml:1:12
            1 | params(lstm; input=1)
              |            ^ expected ',' or ')'
            """),
        ("h[t; 1]", """
            error: unexpected ';'
             --> rubric.xml:1:4
            1 | h[t; 1]
              |    ^ expected ',' or ']'
            """),
        ("[1 2; 3 4 5]", """
            error: rows of a matrix must have the same length
             --> rubric.xml:1:7
            1 | [1 2; 3 4 5]
              |       ^^^^^ row 2 has 3 elements, row 1 has 2
            """),
        ("[1, 2; 3]", """
            error: rows of a matrix must have the same length
             --> rubric.xml:1:8
            1 | [1, 2; 3]
              |        ^ row 2 has 1 element, row 1 has 2
            """),
        ("a = b", """
            error: unexpected '='
             --> rubric.xml:1:3
            1 | a = b
              |   ^ expected the end of the expression
            """),
        ("sum_t", """
            error: unexpected end of expression
             --> rubric.xml:1:6
            1 | sum_t
              |      ^ expected an expression
            """),
    ])
    func parseErrors(source: String, rendered: String) {
        #expect(renderedError(source) == rendered)
    }

    // MARK: Equation errors

    @Test(arguments: [
        ("f(x) = 1", """
            error: unexpected '('
             --> rubric.xml:1:2
            1 | f(x) = 1
              |  ^ expected '='
            """),
        ("= 1", """
            error: unexpected '='
             --> rubric.xml:1:1
            1 | = 1
              | ^ expected the name being defined, as in h[t] = …
            """),
        ("h[t = 1", """
            error: unexpected '='
             --> rubric.xml:1:5
            1 | h[t = 1
              |     ^ expected ']'
            """),
        ("h[t] = 1 = 2", """
            error: unexpected '='
             --> rubric.xml:1:10
            1 | h[t] = 1 = 2
              |          ^ expected the end of the expression
            """),
    ])
    func equationErrors(source: String, rendered: String) {
        do {
            _ = try ExpressionParser.parseEquation(source)
            Issue.record("no error for \(source)")
        } catch {
            #expect(error.rendered(source: source, file: "rubric.xml", line: 1, column: 1) == rendered)
        }
    }
}
