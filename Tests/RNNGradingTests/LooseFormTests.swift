import Testing
@testable import RNNGrading

/// Answer lines in the forms students write instead of `1.b = …`: `1.b: …`, `(3.c) = …`,
/// `1.b) …`. Each counts for its part with a warning; one that names no part gets the usual
/// "did you mean …?"; an indented line in such a form stays a continuation.
@Suite struct LooseFormTests {
    @Test(arguments: [
        // (line, label, text, text column, the form as written)
        ("1.b: 0.5", "1.b", "0.5", 6, "1.b:"),
        ("1.b:0.5", "1.b", "0.5", 5, "1.b:"),
        ("1.b := 0.5", "1.b", "0.5", 8, "1.b:"),
        ("(3.c) = 2", "3.c", "2", 9, "(3.c)"),
        ("(3.c): 2", "3.c", "2", 8, "(3.c)"),
        ("(3.c) 2", "3.c", "2", 7, "(3.c)"),
        ("1.b) 0.5", "1.b", "0.5", 6, "1.b)"),
        ("1.b) = [1, 2]", "1.b", "[1, 2]", 8, "1.b)"),
        ("(1a) = 6", "1a", "6", 8, "(1a)"),
        ("Q1.a: 6", "Q1.a", "6", 7, "Q1.a:"),
        ("1 a = 6", "1a", "6", 7, "1 a"),
        ("1-a: 6", "1a", "6", 6, "1-a"),
        ("1,b) 2", "1b", "2", 6, "1,b"),
        ("Q2 c = 0", "Q2c", "0", 8, "Q2 c"),
    ] as [(String, String, String, Int, String)])
    func looseFormsAreAnswerLines(line: String, label: String, text: String, column: Int, written: String) throws {
        let parsed = try #require(AnswerLine(line))
        #expect(parsed.label == label)
        #expect(parsed.text == text)
        #expect(parsed.textColumn == column)
        #expect(parsed.labelColumn == (line.hasPrefix("(") ? 2 : 1))
        #expect(parsed.looseForm == written)
    }

    @Test(arguments: [
        "  1.b: 0.5",          // indented: a continuation of the answer above
        "  (0.5) is the rate", // the same
        "(3.c 2",              // no closing parenthesis
        "(3.c: 2",             // an opening parenthesis with a colon
        "Note: see above",     // a word, not a label
        "1: 6",                // one segment and no letter: not a label
        "(x) = 2",             // the same
        "1 a b = 6",           // a word after the part letter
        "1 - a = 6",           // more than one character between number and letter
        "2 apples cost 3",     // prose with no `=`, `:` or `)` after the word
    ])
    func linesThatAreNotLooseForms(line: String) {
        #expect(AnswerLine(line) == nil)
    }

    @Test func theExactFormIsNotLoose() throws {
        #expect(try #require(AnswerLine("1.b = 0.5")).looseForm == nil)
    }

    /// in5400-w10 has parts 1.a–1.d and 2.a–2.d.
    @Test func looseFormsResolveToTheirPartWithAWarning() throws {
        let rubric = try SubmissionTestSupport.rubric("in5400-w10.xml")
        let submission = try SubmissionTestSupport.submission("""
            # assignment: in5400-w10
            1.a: 6
            (1.b) = 2
            1.c) 0
            (2a) 1
            1.dd: 5
            2-b = 4
            2 e = 4
            """)
        let (byPart, warnings) = submission.answers(for: rubric)
        #expect(byPart.keys.sorted() == ["1.a", "1.b", "1.c", "2.a", "2.b"])
        #expect(byPart["1.b"]?.answer?.text == "2")
        #expect(warnings.map(\.description) == [
            "answers.txt:2:6: 1.a: read as part 1.a; write `1.a = …` to be sure",
            "answers.txt:3:9: (1.b) read as part 1.b; write `1.b = …` to be sure",
            "answers.txt:4:6: 1.c) read as part 1.c; write `1.c = …` to be sure",
            "answers.txt:6:7: 1.dd is not a part of in5400-w10 (did you mean 1.d?); parts are 1.a–1.d, 2.a–2.d",
            "answers.txt:8:7: 2e is not a part of in5400-w10 (did you mean 2.d?); parts are 1.a–1.d, 2.a–2.d",
            "answers.txt:5:6: (2a) read as part 2.a; write `2.a = …` to be sure",
            "answers.txt:7:7: 2-b read as part 2.b; write `2.b = …` to be sure",
        ])
    }

    /// A loose form does not swallow the indented lines of the answer above it.
    @Test func anIndentedLooseFormContinuesTheAnswerAbove() throws {
        let submission = try SubmissionTestSupport.submission("""
            2.a = The gradient vanishes because
              (0.5) is raised to the 20th power.
            """)
        #expect(submission.answers.map(\.label) == ["2.a"])
        #expect(submission.answers.first?.text == "The gradient vanishes because\n  (0.5) is raised to the 20th power.")
    }
}
