import RNNMath
import Testing
@testable import RNNGrading

/// A rational n/d with d = 2^a·5^b, so it also has an exact decimal form; all in `Int`.
struct DecimalKey: CustomStringConvertible {
    var numerator: Int
    var denominator: Int
    /// The power of ten that makes the value an integer: n/d = digits / 10^places.
    var places: Int
    var digits: Int { numerator * (power(10, places) / denominator) }
    var description: String { "\(numerator)/\(denominator)" }
    var scalar: Scalar { q(numerator, denominator) }

    static func random(using generator: inout SplitMix64) -> DecimalKey {
        let twos = Int.random(in: 0...4, using: &generator)
        let fives = Int.random(in: 0...4, using: &generator)
        let numerator = Int.random(in: -1_000_000...1_000_000, using: &generator)
        return DecimalKey(numerator: numerator, denominator: power(2, twos) * power(5, fives), places: max(twos, fives))
    }
}

/// base^exponent in `Int`, for test values written independently of the code under test.
func power(_ base: Int, _ exponent: Int) -> Int {
    (0..<exponent).reduce(1) { value, _ in value * base }
}

/// The decimal form of digits·10^(−places): `-12.345`.
func decimal(_ digits: Int, places: Int) -> String {
    let sign = digits < 0 ? "-" : ""
    let text = String(abs(digits))
    guard places > 0 else { return sign + text }
    let padded = String(repeating: "0", count: max(0, places + 1 - text.count)) + text
    return sign + padded.dropLast(places) + "." + padded.suffix(places)
}

/// Every accepted way to write the key as a number.
func spellings(of key: DecimalKey) -> [String] {
    let n = key.numerator, d = key.denominator, m = key.digits, k = key.places
    let superscript = String(String(k).map { Array("⁰¹²³⁴⁵⁶⁷⁸⁹")[Int(String($0))!] })
    let unicodeMinus = decimal(m, places: k).replacingOccurrences(of: "-", with: "−")
    return [
        "\(n)/\(d)", " \(n) / \(d) ", "+\(abs(n))/\(d)".replacingOccurrences(of: "+", with: n < 0 ? "-" : "+"),
        decimal(m, places: k), unicodeMinus, "  \(decimal(m, places: k))\t",
        "\(m)e-\(k)", "\(m)E-\(k)", "\(m)×10^-\(k)", "\(m)*10^(-\(k))", "\(m) · 10⁻\(superscript)",
        "\(m * 10)e-\(k + 1)", "\(decimal(m, places: k))e0",
    ]
}

@Suite("Round trips: a key written in every syntax reads back and scores, and just outside does not")
struct RoundTripPropertyTests {
    @Test("random rational keys in every number syntax")
    func numbers() {
        var generator = SplitMix64(seed: 2026)
        let thousandth = Rational(1) / Rational(1000)
        for _ in 0..<300 {
            let key = DecimalKey.random(using: &generator)
            for text in spellings(of: key) {
                #expect(readValue(text, as: .number) == .number(key.scalar), "\(text) for \(key)")
                #expect(score(text, key: "\(key)", as: .number, tolerance: .exact) == .full, "\(text) for \(key)")
            }
            let n = key.numerator, d = key.denominator
            guard n != 0 else { continue }
            // Relative 1/1000, no absolute part: the bound itself is inside, a ten-millionth of |t| more is not.
            let relative = Tolerance.relative(thousandth, absolute: 0)
            let edge = "\(1000 * n + abs(n))/\(1000 * d)"
            let beyond = "\(10_000_000 * n + 10_000 * abs(n) + abs(n))/\(10_000_000 * d)"
            #expect(score(edge, key: "\(key)", as: .number, tolerance: relative) == .full, "\(edge) for \(key)")
            #expect(score(beyond, key: "\(key)", as: .number, tolerance: relative)?.fraction == 0, "\(beyond) for \(key)")
            // Decimals 2: half a hundredth is inside, a billionth more is not.
            let below = "\(200 * n - d)/\(200 * d)"
            let belowBeyond = "\(1_000_000_000 * n - 5_000_000 * d - 1)/\(1_000_000_000 * d)"
            #expect(score(below, key: "\(key)", as: .number, tolerance: .decimalPlaces(2)) == .full, "\(below) for \(key)")
            #expect(score(belowBeyond, key: "\(key)", as: .number, tolerance: .decimalPlaces(2))?.fraction == 0)
            // Exact: any other value is wrong.
            #expect(score("\(n * 3 + 1)/\(d * 3)", key: "\(key)", as: .number, tolerance: .exact)?.fraction == 0)
        }
    }

    @Test("random matrices in bracket, MATLAB and numpy forms")
    func matrices() {
        var generator = SplitMix64(seed: 7)
        for _ in 0..<100 {
            let rows = Int.random(in: 1...3, using: &generator), cols = Int.random(in: 1...3, using: &generator)
            let keys = (0..<rows).map { _ in (0..<cols).map { _ in DecimalKey.random(using: &generator) } }
            let expected = Matrix.scalarRows(keys.map { $0.map(\.scalar) })
            let fractions = keys.map { $0.map(\.description) }
            let decimals = keys.map { $0.map { decimal($0.digits, places: $0.places) } }
            let forms = [
                "[" + fractions.map { "[" + $0.joined(separator: ", ") + "]" }.joined(separator: ", ") + "]",
                "[" + decimals.map { $0.joined(separator: " ") }.joined(separator: "; ") + "]",
                "[" + decimals.map { $0.joined(separator: ", ") }.joined(separator: "; ") + "]",
                "np.array([" + decimals.map { "[" + $0.joined(separator: ", ") + "]" }.joined(separator: ", ") + "])",
            ]
            for text in forms {
                #expect(readValue(text, as: .matrix) == .matrix(expected), "\(text)")
                #expect(score(text, key: forms[0], as: .matrix) == .full, "\(text)")
            }
            // One entry moved just outside the relative tolerance 1/1000 costs exactly its share.
            let (row, col) = (Int.random(in: 0..<rows, using: &generator), Int.random(in: 0..<cols, using: &generator))
            let cell = keys[row][col]
            var moved = fractions
            moved[row][col] = "\(1_000_000 * cell.numerator + 1001 * abs(cell.numerator) + 1)/\(1_000_000 * cell.denominator)"
            let movedText = "[" + moved.map { $0.joined(separator: " ") }.joined(separator: "; ") + "]"
            let total = rows * cols
            // Just outside is a near miss, so a sentence on how close it came may follow
            // (its counts are checked by hand in NearMissTests).
            guard let movedScore = score(movedText, key: forms[0], as: .matrix, tolerance: .relative(Rational(1) / Rational(1000), absolute: 0)) else {
                Issue.record("\(movedText) did not read")
                continue
            }
            #expect(movedScore.fraction == Double(total - 1) / Double(total))
            #expect(movedScore.feedback.first == "1 of \(total) \(total == 1 ? "entry" : "entries") wrong: (\(row + 1), \(col + 1))")
            #expect(movedScore.feedback.dropFirst().allSatisfy { $0.hasPrefix("the wrong entry agrees with the key to ") })
        }
    }
}

extension Matrix {
    /// A matrix from rows of scalars built in the test (rows are never ragged here).
    static func scalarRows(_ rows: [[Scalar]]) -> Matrix {
        (try? Matrix(rows)) ?? .scalar(.zero)
    }
}
