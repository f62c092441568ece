import Testing
@testable import RNNVariants

/// How prompt placeholders are read (`PlaceholderSyntax`): hand-written texts, each with the
/// placeholders it must give, and braces that must stay prose.
struct PlaceholderSyntaxTests {
    /// Every placeholder of `text` in order, as `name|step|style`.
    private static func placeholders(_ text: String) -> [String] {
        var found: [String] = []
        var start = text.startIndex
        while let next = PlaceholderSyntax.first(in: text, from: start) {
            found.append("\(next.name)|\(next.index ?? "")|\(next.format ?? "")")
            start = next.range.upperBound
        }
        return found
    }

    @Test func readsNamesStepsAndStyles() {
        #expect(Self.placeholders("W = {W}, x2 = {x[2]}, {W_h:fraction} and {b1[10]:decimal}.")
                == ["W||", "x|2|", "W_h||fraction", "b1|10|decimal"])
    }

    @Test func leavesOtherBracesAlone() {
        // LaTeX braces, an empty step, a step in letters, an unknown style, a name starting with
        // a digit or `_`, a blank, an unclosed brace, empty braces, a style before the step.
        #expect(Self.placeholders("h_{t-1}, {x[]}, {x[t]}, {W:bold}, {2W}, {_W}, { W}, {W , {}, {x:decimal[2]}") == [])
        // A brace of prose just before a placeholder does not hide it.
        #expect(Self.placeholders("{{W}} and {x[1]:decimal}") == ["W||", "x|1|decimal"])
    }
}
