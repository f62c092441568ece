import RNNExpr
import Testing

/// The per-file cap on diagnostics and the cutting of long source lines around the caret.
@Suite struct DiagnosticLimitTests {
    @Test func aHundredAreKeptAndTheRestCountedWithoutBeingBuilt() {
        var list = DiagnosticList()
        var built = 0
        for column in 1...250 {
            list.append({ built += 1; return Diagnostic(file: "r.xml", line: 3, column: column, message: "undefined name") }())
        }
        #expect(built == 100)
        #expect(list.all.count == 101)
        #expect(list.all.last?.description == "r.xml:3:100: … and 150 more errors not shown")
    }

    @Test func aLongLineIsCutAroundTheCaret() {
        // 300 characters; the caret at offset 200: 60 shown before it, 120 in all, cut on both ends.
        let line = String(repeating: "a", count: 200) + "X" + String(repeating: "b", count: 99)
        let excerpt = Diagnostic.Excerpt(text: line, caretOffset: 200, note: "here")
        #expect(excerpt.text == "…" + String(repeating: "a", count: 60) + "X" + String(repeating: "b", count: 59) + "…")
        #expect(excerpt.rendered(lineNumber: 7) == "7 | \(excerpt.text)\n  | " + String(repeating: " ", count: 61) + "^ here")
    }

    @Test func aShortLineOrOneCutAtItsStartKeepsItsBeginning() {
        #expect(Diagnostic.Excerpt(text: "h = )", caretOffset: 4).text == "h = )")
        let line = "X" + String(repeating: "c", count: 199)
        let excerpt = Diagnostic.Excerpt(text: line, caretOffset: 0)
        #expect(excerpt.text == "X" + String(repeating: "c", count: 119) + "…")
        #expect(excerpt.caretOffset == 0)
    }
}
