import Testing
@testable import RNNRubric

/// ``ExpressionSite``: offsets into an expression's text map to file positions across XML
/// character references and line breaks, the same in one walk for many offsets as one by one.
@Suite struct ExpressionSiteTests {
    /// The source: an attribute value starting at line 1, column 5 (`x`), written with `&lt;`
    /// and broken over two lines; XML hands it over as `x < y z w` (the line break became a
    /// blank). By hand: `x` 1:5, `<` 1:7 (the reference spans columns 7–10), `y` 1:12, the
    /// blank that was the line break 1:13 (just past the line's 12 characters), `z` 2:1, `w` 2:3.
    static let lines = [#"ab="x &lt; y"#, #"z w""#]
    static let text = "x < y z w"
    static let site = ExpressionSite(line: 1, column: 5)

    static func labels(_ positions: [(line: Int, column: Int)]) -> [String] {
        positions.map { "\($0.line):\($0.column)" }
    }

    @Test func ascendingOffsetsInOneWalk() {
        let found = Self.site.positions(ofOffsets: [0, 2, 4, 5, 6, 8], in: Self.text, lines: Self.lines)
        #expect(Self.labels(found) == ["1:5", "1:7", "1:12", "1:13", "2:1", "2:3"])
    }

    @Test func oneByOneGivesTheSame() {
        let offsets = Array(0..<Self.text.count)
        let walked = Self.site.positions(ofOffsets: offsets, in: Self.text, lines: Self.lines)
        let single = offsets.map { Self.site.position(ofOffset: $0, in: Self.text, lines: Self.lines) }
        #expect(Self.labels(walked) == Self.labels(single))
    }

    @Test func aSmallerOffsetAfterALargerOneStartsOver() {
        let found = Self.site.positions(ofOffsets: [8, 0, 6], in: Self.text, lines: Self.lines)
        #expect(Self.labels(found) == ["2:3", "1:5", "2:1"])
    }

    /// Through the loader: the items of a `values` list carry their own positions, and an error
    /// in a later item is placed at it. Line 5 is `      <input name="x" values="1 [2, 3] 4"/>`:
    /// six blanks, `<input` (columns 7–12), `name="x"` (14–21), `values="` (23–30), so the value
    /// starts at column 31, `[2, 3]` is at 33 and `4` at 40; in `1 2 3$` the stray `$` of the
    /// third item is at column 36.
    @Test func valuesListItemsAreLocated() throws {
        func rubric(_ values: String) -> String {
            """
            <assignment xmlns="urn:rnngrade:rubric:1" id="t" title="T">
              <problem id="1">
                <model id="m">
                  <state name="h" initial="0"/>
                  <input name="x" values="\(values)"/>
                  <equation>h[t] = h[t-1] + x[t]</equation>
                </model>
                <part id="a" points="1"><number ask="h[1]"/></part>
              </problem>
            </assignment>
            """
        }
        let loaded = try RubricLoader.parse(bytes: Array(rubric("1 [2, 3] 4").utf8), file: "t.xml").get()
        let inputs = try #require(loaded.problems.first?.models.first?.inputs.first?.values)
        #expect(inputs.map { "\($0.line):\($0.column)" } == ["5:31", "5:33", "5:40"])
        guard case .failure(let failure) = RubricLoader.parse(bytes: Array(rubric("1 2 3$").utf8), file: "t.xml") else {
            Issue.record("a stray $ loaded")
            return
        }
        #expect(failure.diagnostics.map { "\($0.line):\($0.column)" }.first == "5:36")
    }
}
