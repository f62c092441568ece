import Testing
import RNNExpr

/// The two renderings of a ``Diagnostic``, as whole strings counted out by hand.
@Suite struct DiagnosticRenderingTests {
    /// `  <equation>h = )</equation>`: two blanks, ten characters of tag, then `h = ` puts `)` at
    /// offset 16, column 17.
    static let equation = Diagnostic.Excerpt(text: "  <equation>h = )</equation>", caretOffset: 16, note: "expected an expression")

    @Test func oneLineForm() {
        let diagnostic = Diagnostic(file: "rubric.xml", line: 12, column: 30, message: "unexpected ')'")
        #expect(diagnostic.description == "rubric.xml:12:30: unexpected ')'")
        #expect(diagnostic.location == "rubric.xml:12:30")
    }

    @Test func oneLineFormWithExcerpt() {
        let diagnostic = Diagnostic(file: "r.xml", line: 3, column: 17, message: "unexpected ')'", excerpt: Self.equation)
        #expect(diagnostic.description == """
            r.xml:3:17: unexpected ')'
            3 |   <equation>h = )</equation>
              |                 ^ expected an expression
            """)
    }

    @Test func caretBlockWithTheArrowUnderTheGutter() {
        let diagnostic = Diagnostic(file: "s.txt", line: 12, column: 3, message: "bad",
                                    excerpt: .init(text: "ab)c", caretOffset: 2, caretCount: 2, note: "here"))
        #expect(diagnostic.caretBlock(arrow: .gutter) == "error: bad\n  --> s.txt:12:3\n12 | ab)c\n   |   ^^ here")
    }

    @Test func caretBlockWithASingleSpaceArrow() {
        let diagnostic = Diagnostic(file: "s.txt", line: 12, column: 3, message: "bad",
                                    excerpt: .init(text: "ab)c", caretOffset: 2))
        #expect(diagnostic.caretBlock(arrow: .single) == "error: bad\n --> s.txt:12:3\n12 | ab)c\n   |   ^")
    }

    @Test func caretBlockWithoutExcerptIsTwoLines() {
        let diagnostic = Diagnostic(file: "f", line: 1, column: 1, message: "empty file")
        #expect(diagnostic.caretBlock(arrow: .gutter) == "error: empty file\n --> f:1:1")
    }

    @Test func tabsBeforeTheCaretAreCopied() {
        let excerpt = Diagnostic.Excerpt(text: "a\tb)", caretOffset: 3)
        #expect(excerpt.rendered(lineNumber: 7) == "7 | a\tb)\n  |  \t ^")
    }

    @Test func caretPastTheEndIsPaddedWithBlanks() {
        let excerpt = Diagnostic.Excerpt(text: "ab", caretOffset: 4, caretCount: 0)
        #expect(excerpt.rendered(lineNumber: 100) == "100 | ab\n    |     ^")
    }
}
