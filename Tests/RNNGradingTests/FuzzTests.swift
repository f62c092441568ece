import RNNMath
import Testing
@testable import RNNGrading

@Suite("Never a crash on any input")
struct FuzzTests {
    /// Pieces that random answers are made of: the characters and words every reader looks for.
    static let pieces = [
        "0", "1", "2", "9", ".", ",", ";", " ", "\n", "\t", "[", "]", "(", ")", "{", "}", "e", "E", "e-", "×", "*", "·",
        "^", "⁻", "³", "10", "-", "−", "–", "+", "/", "inf", "∞", "nan", "a", "b", "(c)", "x", "x1", "σ", "=", "W",
        "array(", "np.", "O", "\u{00A0}", "é", "🙂", "\"", "1e999", "0,5",
    ]

    @Test("thousands of seeded random strings, every syntax: a value or an error inside the text")
    func randomStrings() {
        var generator = SplitMix64(seed: 99)
        let key = AnswerValue.matrix(exactMatrix([[1, 2], [3, 4]]))
        for _ in 0..<4000 {
            let length = Int.random(in: 0...12, using: &generator)
            let text = (0..<length).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            for syntax in AnswerSyntax.allCases {
                switch AnswerReader.read(text, as: syntax) {
                case let .success(value):
                    let score = AnswerComparator.score(value, key: key, tolerance: .significantFigures(2))
                    #expect((0...1).contains(score.fraction), "\(text)")
                case let .failure(error):
                    #expect((0...text.count).contains(error.column), "\(text.debugDescription) as \(syntax): \(error)")
                    _ = error.rendered(line: text, lineNumber: 1, file: "fuzz")
                }
            }
        }
    }

    @Test("deep nesting and long answers are refused, not recursed into")
    func deepAndLong() {
        #expect(readError(String(repeating: "[", count: 10_000), as: .matrix) != nil)
        #expect(readError(String(repeating: "(", count: 10_000) + "x", as: .formula) != nil)
        #expect(readError(String(repeating: "1", count: 100_001), as: .number)?.message == "the answer is longer than 100000 characters")
        #expect(readError(String(repeating: "9", count: 2000), as: .number)?.message == "this number has more than 1000 digits")
    }
}
