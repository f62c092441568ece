import RNNMath
import Testing
@testable import RNNGrading

/// The score of `answer` read as `syntax` against `key` read the same way.
func score(_ answer: String, key: String, as syntax: AnswerSyntax, tolerance: Tolerance = .standard,
           options: AnswerComparator.Options = .init()) -> Score? {
    guard let value = readValue(answer, as: syntax), let keyValue = readValue(key, as: syntax) else { return nil }
    return AnswerComparator.score(value, key: keyValue, tolerance: tolerance, options: options)
}

@Suite("Scoring vectors, matrices, intervals, choices, formulas and weights")
struct ScoringTests {
    // MARK: Matrices
    static let matrices: [(String, String, AnswerSyntax, Score)] = [
        ("[[1, 2], [3, 4]]", "[1 2; 3 4]", .matrix, .full),
        // 4.01 vs 4: off by 0.01 > 1e-3·4 + 1e-8; within ½·10⁻¹ (2 figures), not ½·10⁻²; 4 needs
        // 4 figures (½·10⁻³ ≤ 0.004 < ½·10⁻²): a near miss.
        ("np.array([[1, 2], [3, 4.01]])", "[1 2; 3 4]", .matrix, Score(fraction: 0.75, feedback: [
            "1 of 4 entries wrong: (2, 2)", "the wrong entry agrees with the key to 2 significant figures; this part needs 4"])),
        ("[[0, 2], [3, 0]]", "[1 2; 3 4]", .matrix, Score(fraction: 0.5, feedback: ["2 of 4 entries wrong: (1, 1), (2, 2)"])),
        ("[1 2 3]", "[1 2; 3 4]", .matrix, Score(fraction: 0, feedback: ["expected a 2×2 matrix, received 1×3"])),
        ("[[0.5, 0,3]]", "[[0.5, 0.3]]", .matrix, Score(fraction: 0, feedback: [
            "expected a 1×2 vector, received 1×3",
            "a comma always separates entries; write decimals with a dot (0.5, not 0,5)",
        ])),
        ("[[1, 2]]", "[1; 2]", .vector, Score(fraction: 1, feedback: [
            "you wrote a row vector; the answer is a column vector, accepted as its transpose",
        ])),
        ("[1; nan]", "[1; 2]", .vector, Score(fraction: 0.5, feedback: [
            "1 of 2 entries wrong: (2, 1)", "entry (2, 1): the answer is not a number (nan)",
        ])),
    ]

    @Test("matrices: per-entry credit, 1-based cells, shapes, transposed vectors", arguments: matrices)
    func matrix(answer: String, key: String, syntax: AnswerSyntax, expected: Score) {
        #expect(score(answer, key: key, as: syntax) == expected)
    }

    @Test("without partial credit a matrix is all or nothing, and long lists of cells are cut")
    func allOrNothing() {
        let options = AnswerComparator.Options(partialCredit: false)
        #expect(score("[1 2; 3 5]", key: "[1 2; 3 4]", as: .matrix, options: options)
            == Score(fraction: 0, feedback: ["1 of 4 entries wrong: (2, 2)"]))
        #expect(score("[0 0 0 0 0 0 0 0 0 0]", key: "[1 1 1 1 1 1 1 1 1 1]", as: .matrix) == Score(fraction: 0, feedback: [
            "10 of 10 entries wrong: (1, 1), (1, 2), (1, 3), (1, 4), (1, 5), (1, 6), (1, 7), (1, 8) and 2 more",
        ]))
    }

    // MARK: Intervals
    static let intervals: [(String, String, Score)] = [
        ("(0, 1)", "(0, 1)", .full),
        ("[0, 1)", "(0, 1)", Score(fraction: 0.75, feedback: ["the lower end should be open (excluded)"])),
        ("[0, 1]", "(0, 1)", Score(fraction: 0.5, feedback: [
            "the lower end should be open (excluded)", "the upper end should be open (excluded)",
        ])),
        ("(5, 7)", "(0, 1)", Score(fraction: 0, feedback: ["the lower end is wrong", "the upper end is wrong"])),
        ("(0, 2]", "(0, 1]", Score(fraction: 0.5, feedback: ["the upper end is wrong"])),
        ("(-inf, 0]", "(-inf, 0]", .full),
        ("(-1, 0]", "(-inf, 0]", Score(fraction: 0.5, feedback: ["the lower end should be unbounded"])),
        ("(-inf, 0]", "[-1, 0]", Score(fraction: 0.5, feedback: ["the lower end should be finite"])),
    ]

    @Test("intervals: each end ½, its openness ¼ of it only when its value is right", arguments: intervals)
    func interval(answer: String, key: String, expected: Score) {
        #expect(score(answer, key: key, as: .interval) == expected)
    }

    // MARK: Choices
    static let choices: [(String, String, Score)] = [
        ("a, c", "a, c", .full),
        ("a", "a, c", Score(fraction: 0.5, feedback: ["1 correct choice is missing"])),
        ("a, b, c", "a, c", Score(fraction: 0.5, feedback: ["1 of your choices is wrong"])),
        ("a, b", "a, c", Score(fraction: 0, feedback: ["1 of your choices is wrong", "1 correct choice is missing"])),
        ("b, d", "a, c", Score(fraction: 0, feedback: ["2 of your choices are wrong", "2 correct choices are missing"])),
        ("{A, B, C}", "a, b, c, d", Score(fraction: 0.75, feedback: ["1 correct choice is missing"])),
    ]

    @Test("multiple choice: (right − wrong) / key size, floored at 0", arguments: choices)
    func multipleChoice(answer: String, key: String, expected: Score) {
        #expect(score(answer, key: key, as: .multipleChoice) == expected)
    }

    @Test("single choice is right or wrong")
    func singleChoice() {
        #expect(score("(B)", key: "b", as: .choice) == .full)
        #expect(score("c)", key: "b", as: .choice) == Score(fraction: 0, feedback: ["this choice is wrong"]))
    }

    // MARK: Formulas
    static let formulas: [(String, String, Score)] = [
        ("σ(10*(x2 − x1))", "1/(1+exp(-10*x2+10*x1))", .full),
        ("sigmoid(10*x2 - 10*x1)", "1/(1+exp(-10*x2+10*x1))", .full),
        ("tanh(x)", "2*sigmoid(2*x) - 1", .full),
        ("relu(x) - relu(-x)", "x", .full),
        ("sqrt(x^2)", "abs(x)", .full),
        ("log(exp(a*b))", "b*a", .full),
        ("x + y", "x", .zero("the formula uses ‘y’, which is not a variable of this question")),
        ("foo(x)", "x", .zero("unknown function ‘foo’")),
        ("x[1]", "x", .zero("a formula answer must be a scalar expression in its variables")),
    ]

    @Test("formulas: equal at seeded random points", arguments: formulas)
    func formula(answer: String, key: String, expected: Score) {
        #expect(score(answer, key: key, as: .formula) == expected)
    }

    @Test("a wrong formula names the first sampled point where it differs, the same on every run")
    func wrongFormula() throws {
        let first = try #require(score("σ(10*(x1 - x2))", key: "1/(1+exp(-10*x2+10*x1))", as: .formula))
        #expect(first.fraction == 0)
        #expect(first.feedback.count == 1)
        #expect(first.feedback.first?.hasPrefix("the formula differs from the expected one at x1 = ") == true)
        #expect(first.feedback.first?.contains(", x2 = ") == true)
        #expect(score("σ(10*(x1 - x2))", key: "1/(1+exp(-10*x2+10*x1))", as: .formula) == first)
    }

    @Test("formulas on an integer domain, and a key with no finite value")
    func formulaDomains() {
        let integers = AnswerComparator.Options(formulaDomain: FormulaDomain(low: 1, high: 5, integers: true))
        #expect(score("x^2", key: "x*x", as: .formula, options: integers) == .full)
        let wild = AnswerComparator.Options(formulaDomain: FormulaDomain(low: .infinity, high: -.greatestFiniteMagnitude, integers: true))
        #expect(score("x + x", key: "2*x", as: .formula, options: wild) == .full)
        #expect(FormulaDomain(low: .nan, high: 3).low == 0)
        #expect(score("1", key: "log(-1 - x^2)", as: .formula)
            == .zero("the formula could not be checked: the key has no finite value in the sampled domain"))
    }

    // MARK: Weights
    @Test("weights: each named weight earns an equal share when wholly right")
    func weights() {
        #expect(score("W = [[-1, -1], [1, 1]]; b = [1, -1]; r = 1", key: "W = [-1 -1; 1 1]; b = [1; -1]; r = 1", as: .weights) == .full)
        #expect(score("W = [[-1, -1], [1, 2]]\nr = 1", key: "W = [-1 -1; 1 1]; b = [1; -1]; r = 1", as: .weights)
            == Score(fraction: 1.0 / 3.0, feedback: ["W: 1 of 4 entries wrong: (2, 2)", "b is missing"]))
    }

    // MARK: Kinds
    @Test("a number and a 1×1 matrix are the same; other kinds are refused with a sentence")
    func kinds() {
        #expect(AnswerComparator.score(.number(q(2)), key: .matrix(.scalar(q(2)))) == .full)
        #expect(AnswerComparator.score(.choices(["a"]), key: .number(q(2))) == .zero("expected a number, received choice labels"))
    }
}
