import RNNMath
import Testing
import RNNExpr

/// No input crashes the parser or the checker: it returns a tree or throws an error.
@Suite struct RobustnessTests {
    // MARK: Deep nesting is an error, not a stack overflow

    @Test(arguments: [
        String(repeating: "(", count: 100_000),
        String(repeating: "(", count: 100_000) + "x" + String(repeating: ")", count: 100_000),
        String(repeating: "-", count: 100_000) + "x",
        String(repeating: "sum_t ", count: 100_000) + "x",
        String(repeating: "[", count: 100_000),
        String(repeating: "f(", count: 100_000),
        String(repeating: "h[", count: 100_000),
        String(repeating: "x^", count: 100_000) + "x",
        "x" + String(repeating: "+x", count: 100_000),
        "x" + String(repeating: "*x", count: 100_000),
        "x" + String(repeating: "'", count: 100_000),
        "x" + String(repeating: "[1]", count: 100_000),
    ])
    func deepNestingIsRejected(source: String) {
        #expect(parsedShape(source) == "error: expression is nested too deeply")
    }

    @Test func nestingUpToTheLimitIsAccepted() throws {
        let depth = ExpressionParser.maximumDepth - 1
        let source = String(repeating: "(", count: depth) + "x" + String(repeating: ")", count: depth)
        #expect(try ExpressionParser.parseExpression(source).description == "x")
        let chain = "x" + String(repeating: "+x", count: ExpressionParser.maximumDepth - 1)
        #expect(try ExpressionParser.parseExpression(chain).height == ExpressionParser.maximumDepth)
    }

    @Test func tooDeepMessage() {
        let source = "x" + String(repeating: "'", count: 300)
        #expect(renderedError(source).hasPrefix("""
            error: expression is nested too deeply
             --> rubric.xml:1:1
            """))
        #expect(renderedError(source).hasSuffix("^ at most 256 levels are allowed"))
    }

    // MARK: Random input

    static let pieces = [
        "h", "t", "W", "x", "1", "0.5", ".5", "1e-3", "2E+", "(", ")", "[", "]", "[[", "]]", ",", ";",
        "+", "-", "−", "*", "×", "·", "@", "⊙", ".*", ".", "/", "^", "^T", "**", "'", "=", " ", "  ",
        "sum_t ", "sigmoid(", "params(", "lstm", "input=", "σ", "ŷ", "\t", "\n", "$", "é", "e", "\u{301}",
    ]

    @Test func randomStringsGiveATreeOrAnError() throws {
        var generator = SplitMix64(seed: 2026)
        let checker = ExpressionChecker(
            scope: NameScope(names: ["W", "L"], timeIndexed: ["h", "x"]), requiresTimeIndex: true)
        var trees = 0
        for _ in 0..<5_000 {
            let count = Int.random(in: 1...12, using: &generator)
            let source = (0..<count).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            let parsed: Expr
            do {
                parsed = try ExpressionParser.parseExpression(source)
            } catch {
                #expect(error.range.lowerBound >= 0 && error.range.lowerBound <= source.count)
                _ = error.rendered(source: source, file: "f", line: 1, column: 1)
                continue
            }
            trees += 1
            // The canonical text parses back to the same structure.
            #expect(parsedShape(parsed.description) == shape(parsed), "\(source)")
            for error in checker.errors(in: parsed) {
                _ = error.rendered(source: source, file: "f", line: 1, column: 1)
            }
        }
        #expect(trees > 100)
    }
}
