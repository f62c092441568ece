import RNNMath
import RNNRubric
import Testing
@testable import RNNGrading

/// The number read from `text` (the tests' answers are always readable).
func number(_ text: String) -> Scalar {
    if case let .number(value)? = readValue(text, as: .number) { return value }
    Issue.record("\(text) did not read as a number")
    return .approx(.nan)
}

@Suite("Tolerance edges: just inside and just outside every mode")
struct ToleranceEdgeTests {
    static let thousandth = Rational(1) / Rational(1000)

    // MARK: Relative
    static let relative: [(String, Scalar, Tolerance, ScalarMatch)] = [
        ("2.002", q(2), .relative(thousandth, absolute: 0), .within),
        ("2.0020001", q(2), .relative(thousandth, absolute: 0), .outside),
        ("1.998", q(2), .relative(thousandth, absolute: 0), .within),
        ("1.9979999", q(2), .relative(thousandth, absolute: 0), .outside),
        ("-2.002", q(-2), .relative(thousandth, absolute: 0), .within),
        ("-2.0020001", q(-2), .relative(thousandth, absolute: 0), .outside),
        ("2.00200001", q(2), .standard, .within),
        ("2.002000011", q(2), .standard, .outside),
        ("1e-8", q(0), .standard, .within),
        ("-1e-8", q(0), .standard, .within),
        ("1.1e-8", q(0), .standard, .outside),
        ("0", q(0), .relative(thousandth, absolute: 0), .within),
        ("1e-300", q(0), .relative(thousandth, absolute: 0), .outside),
    ]

    @Test("relative: |s − t| ≤ atol + rtol·|t|", arguments: relative)
    func relativeMode(student: String, key: Scalar, tolerance: Tolerance, expected: ScalarMatch) {
        #expect(ScalarMatch.of(number(student), key: key, tolerance: tolerance) == expected)
    }

    // MARK: Significant figures
    static let significant: [(String, Scalar, Int, ScalarMatch)] = [
        ("0.12395", q(12345, 100_000), 3, .within),
        ("0.123951", q(12345, 100_000), 3, .outside),
        ("0.12295", q(12345, 100_000), 3, .within),
        ("0.122949", q(12345, 100_000), 3, .outside),
        ("0.123", q(12345, 100_000), 3, .within),
        ("1284", q(1234), 2, .within),
        ("1284.01", q(1234), 2, .outside),
        ("1184", q(1234), 2, .within),
        ("1183.99", q(1234), 2, .outside),
        ("95", q(100), 2, .within),
        ("94.99", q(100), 2, .outside),
        ("105", q(100), 2, .within),
        ("105.01", q(100), 2, .outside),
        ("-0.55", q(-1, 2), 1, .within),
        ("-0.5501", q(-1, 2), 1, .outside),
        ("-0.45", q(-1, 2), 1, .within),
        ("-0.4499", q(-1, 2), 1, .outside),
        ("1e-8", q(0), 3, .within),
        ("2e-8", q(0), 3, .outside),
        ("0.15", .approx(0.1), 1, .within),
        ("0.05", .approx(0.1), 1, .outside),
    ]

    @Test("significant figures: within half a unit in the key's n-th figure", arguments: significant)
    func significantFigures(student: String, key: Scalar, digits: Int, expected: ScalarMatch) {
        #expect(ScalarMatch.of(number(student), key: key, tolerance: .significantFigures(digits)) == expected)
    }

    // MARK: Decimal places
    static let decimals: [(String, Scalar, Int, ScalarMatch)] = [
        ("0.505", q(1, 2), 2, .within),
        ("0.5051", q(1, 2), 2, .outside),
        ("0.495", q(1, 2), 2, .within),
        ("0.4949", q(1, 2), 2, .outside),
        ("3.5", q(3), 0, .within),
        ("3.51", q(3), 0, .outside),
        ("0.005", q(0), 2, .within),
        ("0.0051", q(0), 2, .outside),
        ("-1.2345", q(-12345, 10000), 4, .within),
    ]

    @Test("decimal places: within half a unit in the n-th decimal", arguments: decimals)
    func decimalPlaces(student: String, key: Scalar, digits: Int, expected: ScalarMatch) {
        #expect(ScalarMatch.of(number(student), key: key, tolerance: .decimalPlaces(digits)) == expected)
    }

    // MARK: Exact
    static let exact: [(String, Scalar, ScalarMatch)] = [
        ("1/3", q(1, 3), .within),
        ("2/6", q(1, 3), .within),
        ("0.333333", q(1, 3), .outside),
        ("0.1", q(1, 10), .within),
        ("1e-1", q(1, 10), .within),
        ("0.10000001", q(1, 10), .outside),
        ("0.5004", .approx(0.5), .within),
        ("0.5006", .approx(0.5), .outside),
    ]

    @Test("exact: rational equality; an approximate key falls back to the standard tolerance", arguments: exact)
    func exactMode(student: String, key: Scalar, expected: ScalarMatch) {
        #expect(ScalarMatch.of(number(student), key: key, tolerance: .exact) == expected)
    }

    // MARK: Special values come first
    static let specials: [(String, ScalarMatch)] = [
        ("nan", .notANumber), ("inf", .infinite), ("-inf", .infinite), ("∞", .infinite),
    ]

    @Test("nan and inf are wrong in every mode", arguments: specials, ToleranceMode.allCases)
    func special(example: (student: String, expected: ScalarMatch), mode: ToleranceMode) {
        let (student, expected) = example
        let tolerance = Tolerance(mode: mode, relative: 1, absolute: 1, digits: 1)
        #expect(ScalarMatch.of(number(student), key: q(1), tolerance: tolerance) == expected)
    }

    @Test("special values get a sentence, and scoring is all or nothing")
    func specialFeedback() {
        #expect(ScalarScoring.score(number("nan"), key: q(1), tolerance: .standard) == .zero("the answer is not a number (nan)"))
        #expect(ScalarScoring.score(number("-inf"), key: q(1), tolerance: .standard)
            == .zero("the answer is infinite, but a finite number is expected"))
        #expect(ScalarScoring.score(number("1.0005"), key: q(1), tolerance: .standard) == .full)
        // 1.0011 is off by 0.0011 > 1e-3·1 + 1e-8: wrong, but within ½·10⁻² (3 figures of 1) and
        // not ½·10⁻³; the part needs 4 (½·10⁻³ ≤ 0.00100001 < ½·10⁻²): a near miss.
        #expect(ScalarScoring.score(number("1.0011"), key: q(1), tolerance: .standard)
            == .zero("your answer agrees with the key to 3 significant figures; this part needs 4"))
        // 1.1 agrees to 1 figure only (0.1 > ½·10⁻¹): a plain zero.
        #expect(ScalarScoring.score(number("1.1"), key: q(1), tolerance: .standard) == Score(fraction: 0))
    }

    @Test("digits are clamped so a rubric cannot ask for a billion-digit bound")
    func clamping() {
        #expect(Tolerance.significantFigures(0).digits == 1)
        #expect(Tolerance.decimalPlaces(1_000_000_000).digits == 1000)
        #expect(Tolerance.decimalPlaces(-5).digits == -5)
        #expect(ScalarMatch.of(number("149"), key: q(100), tolerance: .decimalPlaces(-2)) == .within)
        #expect(ScalarMatch.of(number("150.5"), key: q(100), tolerance: .decimalPlaces(-2)) == .outside)
    }

    @Test("mode raw values are the rubric's attribute values")
    func rawValues() {
        #expect(ToleranceMode.allCases.map(\.rawValue) == ["relative", "sigfigs", "decimals", "exact"])
        #expect(AnswerSyntax(rawValue: "multiple-choice") == .multipleChoice)
    }
}
