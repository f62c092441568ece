import Testing
@testable import RNNGrading

@Suite("Format errors, rendered whole")
struct FormatErrorTests {
    /// Renders the error for `answer` as sheet line 3, `1.a = answer`, of answers.txt.
    static func rendered(_ answer: String, as syntax: AnswerSyntax) -> String? {
        readError(answer, as: syntax)?.rendered(line: "1.a = " + answer, lineNumber: 3, answerStart: 6, file: "answers.txt")
    }

    // MARK: Numbers
    static let numbers: [(String, AnswerSyntax, String)] = [
        ("0,5", .number, """
            error: use a dot as the decimal separator
             --> answers.txt:3:8
            3 | 1.a = 0,5
              |        ^ write 0.5
            """),
        ("-0,25", .number, """
            error: use a dot as the decimal separator
             --> answers.txt:3:9
            3 | 1.a = -0,25
              |         ^ write -0.25
            """),
        ("1/0", .number, """
            error: division by zero: the denominator of a fraction cannot be 0
             --> answers.txt:3:9
            3 | 1.a = 1/0
              |         ^
            """),
        ("", .number, """
            error: the answer is empty
             --> answers.txt:3:7
            3 | 1.a = 
              |       ^ write a number, e.g. 0.25 or 1/4
            """),
        ("O.5", .number, """
            error: the letter ‘O’ is not a digit
             --> answers.txt:3:7
            3 | 1.a = O.5
              |       ^ write the digit 0
            """),
        ("1O", .number, """
            error: the letter ‘O’ is not a digit
             --> answers.txt:3:8
            3 | 1.a = 1O
              |        ^ write the digit 0
            """),
        ("3/-4", .number, """
            error: a sign must come before the whole fraction, not in its denominator
             --> answers.txt:3:9
            3 | 1.a = 3/-4
              |         ^ write the sign in front, e.g. -3/4
            """),
        ("x", .number, """
            error: expected a number, found the letter ‘x’
             --> answers.txt:3:7
            3 | 1.a = x
              |       ^ write the value itself, e.g. 0.25 or 1/4
            """),
        ("1.2×3", .number, """
            error: only a power of ten may multiply a number in an answer
             --> answers.txt:3:11
            3 | 1.a = 1.2×3
              |           ^ write the value itself, or use scientific notation such as 1.2e-3
            """),
        ("1e5000", .number, """
            error: this exponent is too large to grade
             --> answers.txt:3:9
            3 | 1.a = 1e5000
              |         ^ exponents from -1000 to 1000 are accepted
            """),
        ("1 2", .number, """
            error: unexpected ‘2’ after the answer
             --> answers.txt:3:9
            3 | 1.a = 1 2
              |         ^ an answer is a single value
            """),
        ("2x", .number, """
            error: unexpected ‘x’ after the answer
             --> answers.txt:3:8
            3 | 1.a = 2x
              |        ^
            """),
        ("--1", .number, """
            error: two signs in a row
             --> answers.txt:3:8
            3 | 1.a = --1
              |        ^ write a single sign
            """),
    ]

    @Test("numbers", arguments: numbers)
    func number(answer: String, syntax: AnswerSyntax, expected: String) {
        #expect(Self.rendered(answer, as: syntax) == expected)
    }

    // MARK: Matrices
    static let matrices: [(String, AnswerSyntax, String)] = [
        ("[[1, 2], [3]]", .matrix, """
            error: the rows of a matrix must have equal lengths
             --> answers.txt:3:16
            3 | 1.a = [[1, 2], [3]]
              |                ^ a row has 1 number here but 2 in the row before
            """),
        ("[1 2; 3]", .matrix, """
            error: the rows of a matrix must have equal lengths
             --> answers.txt:3:13
            3 | 1.a = [1 2; 3]
              |             ^ a row has 1 number here but 2 in the row before
            """),
        ("[[1, 2], [3, 4]", .matrix, """
            error: this ‘[’ is never closed
             --> answers.txt:3:7
            3 | 1.a = [[1, 2], [3, 4]
              |       ^ add ‘]’ at the end
            """),
        ("[1, 2]]", .vector, """
            error: this ‘]’ has no matching opening bracket
             --> answers.txt:3:13
            3 | 1.a = [1, 2]]
              |             ^
            """),
        ("[]", .matrix, """
            error: the matrix is empty
             --> answers.txt:3:8
            3 | 1.a = []
              |        ^ write its numbers between the brackets
            """),
        ("[1,,2]", .vector, """
            error: two commas in a row: a number is missing
             --> answers.txt:3:10
            3 | 1.a = [1,,2]
              |          ^
            """),
        ("[[1, [2]]]", .matrix, """
            error: a list is mixed with numbers here: every list at one depth of an array holds lists, or every one numbers
             --> answers.txt:3:12
            3 | 1.a = [[1, [2]]]
              |            ^ write [[1, 2], [3, 4]] or [1 2; 3 4]
            """),
        ("array([1, 2]", .matrix, """
            error: this ‘(’ is never closed
             --> answers.txt:3:12
            3 | 1.a = array([1, 2]
              |            ^ add ‘)’ at the end
            """),
    ]

    @Test("matrices", arguments: matrices)
    func matrix(answer: String, syntax: AnswerSyntax, expected: String) {
        #expect(Self.rendered(answer, as: syntax) == expected)
    }

    // MARK: Intervals, choices, formulas, weights
    static let others: [(String, AnswerSyntax, String)] = [
        ("(0, 1", .interval, """
            error: this interval is never closed
             --> answers.txt:3:7
            3 | 1.a = (0, 1
              |       ^ end it with ‘)’ or ‘]’
            """),
        ("[0, inf]", .interval, """
            error: an infinite end is always open
             --> answers.txt:3:14
            3 | 1.a = [0, inf]
              |              ^ write ‘)’ after inf
            """),
        ("(1, 0)", .interval, """
            error: the lower end 1 is larger than the upper end 0
             --> answers.txt:3:8
            3 | 1.a = (1, 0)
              |        ^ write the smaller end first
            """),
        ("a, b", .choice, """
            error: choose one answer, not 2
             --> answers.txt:3:7
            3 | 1.a = a, b
              |       ^ write only the letter of your choice, e.g. b
            """),
        ("answer", .choice, """
            error: ‘answer’ is not a choice label
             --> answers.txt:3:7
            3 | 1.a = answer
              |       ^ write only the letters of your choices, e.g. b or a, c
            """),
        ("10(x2 - x1)", .formula, """
            error: missing operator between '10' and '('
             --> answers.txt:3:9
            3 | 1.a = 10(x2 - x1)
              |         ^ write 10*(…)
            """),
        ("W = [1, 2]; W = 1", .weights, """
            error: W is given twice
             --> answers.txt:3:19
            3 | 1.a = W = [1, 2]; W = 1
              |                   ^ give each weight once
            """),
        ("W = 1 b = 2", .weights, """
            error: expected ‘;’ or a new line after the value, found the letter ‘b’
             --> answers.txt:3:13
            3 | 1.a = W = 1 b = 2
              |             ^
            """),
    ]

    @Test("intervals, choices, formulas, weights", arguments: others)
    func other(answer: String, syntax: AnswerSyntax, expected: String) {
        #expect(Self.rendered(answer, as: syntax) == expected)
    }

    // MARK: Rendering
    @Test("a caret past the end of the line is clamped, and the gutter widens with the line number")
    func clamping() {
        let error = AnswerFormatError(message: "the answer ends where a number should be", column: 40)
        #expect(error.rendered(line: "2.c = [1,", lineNumber: 12, answerStart: 6, file: "s.txt") == """
            error: the answer ends where a number should be
              --> s.txt:12:10
            12 | 2.c = [1,
               |          ^
            """)
    }
}
