import RNNMath
import Testing
@testable import RNNGrading

/// Near misses: a number wrong only by precision says how close it came and what the part
/// needs. Every expected count is worked out by hand in the comments, from the definitions in
/// `NearMiss`: agreement to k significant figures means |s − t| ≤ 10^(E−k+1)/2, where E is the
/// key's decimal exponent; a relative tolerance needs the fewest k with 10^(E−k+1)/2 ≤ atol + rtol·|t|.
@Suite struct NearMissTests {
    static let millionth = Rational(1) / Rational(1_000_000)
    /// The key of the issue's example, exactly: 0.05709542675.
    static let key = Scalar.exact(Rational.parse("0.05709542675")!)

    /// E = −2. Bound 1e-6 × 0.05709542675 = 5.7095e-8. Half units: 5th figure 5e-7 > bound,
    /// 6th figure 5e-8 ≤ bound, so the part needs 6. 0.0571: |error| = 4.57325e-6, within 5e-6
    /// (4th figure) but not 5e-7 (5th): 4 figures (the key rounds to 0.05710).
    @Test func theIssuesExample() {
        let sentence = NearMiss.sentence(number("0.0571"), key: Self.key, tolerance: .relative(Self.millionth, absolute: 0))
        #expect(sentence == "your answer agrees with the key to 4 significant figures; this part needs 6")
        #expect(ScalarScoring.score(number("0.0571"), key: Self.key, tolerance: .relative(Self.millionth, absolute: 0)).feedback
                == ["your answer agrees with the key to 4 significant figures; this part needs 6"])
    }

    /// 0.057095: |error| = 4.2675e-7 ≤ 5e-7 (5th figure), > 5e-8 (6th): 5 of the 6 needed.
    /// 0.0570954: |error| = 2.675e-8 ≤ 5.7e-8: right, so no sentence and full credit.
    @Test func oneFigureShortAndJustRight() {
        let tolerance = Tolerance.relative(Self.millionth, absolute: 0)
        #expect(NearMiss.sentence(number("0.057095"), key: Self.key, tolerance: tolerance)
                == "your answer agrees with the key to 5 significant figures; this part needs 6")
        #expect(ScalarScoring.score(number("0.0570954"), key: Self.key, tolerance: tolerance) == .full)
    }

    /// 0.06: |error| = 2.9e-3 ≤ 5e-3 (1st figure) but > 5e-4 (2nd): one figure is not a near
    /// miss, so the score stays a bare zero. A far-off 7 says nothing either.
    @Test func wrongValuesAreNotNearMisses() {
        let tolerance = Tolerance.relative(Self.millionth, absolute: 0)
        #expect(NearMiss.sentence(number("0.06"), key: Self.key, tolerance: tolerance) == nil)
        #expect(ScalarScoring.score(number("7"), key: Self.key, tolerance: tolerance).feedback == [])
    }

    /// Significant-figure mode needs its digits: key 2/3 = 0.6666…, 4 figures; 0.667 is off by
    /// 3.3e-4 ≤ 5e-4 (3rd figure, E = −1: 10^(−1−3+1)/2) but > 5e-5 (4th): 3 of 4.
    /// Decimal places: key 0.12345 at 3 places; 0.12 is off by 0.00345 ≤ 0.005 (2 places) but
    /// > 0.0005 (3 places): 2 of 3.
    @Test func otherModes() {
        #expect(NearMiss.sentence(number("0.667"), key: q(2, 3), tolerance: .significantFigures(4))
                == "your answer agrees with the key to 3 significant figures; this part needs 4")
        #expect(NearMiss.sentence(number("0.12"), key: q(2469, 20000), tolerance: .decimalPlaces(3))
                == "your answer agrees with the key to 2 decimal places; this part needs 3")
        #expect(NearMiss.sentence(number("0.333"), key: q(1, 3), tolerance: .exact) == nil)
        #expect(NearMiss.sentence(number("1e-9"), key: q(0), tolerance: .relative(Self.millionth, absolute: 0)) == nil)
    }

    /// A matrix rounded to 3 decimals: key [[0.015261, -0.020348], [-0.020348, 0.02713]] at
    /// relative 1e-6. Every key entry has E = −2; errors 2.61e-4, 3.48e-4, 3.48e-4, 1.3e-4 are
    /// ≤ 5e-4 (2nd figure) and > 5e-5 (3rd): 2 figures each. Needs: bound 1e-6·|t| is 1.5e-8 to
    /// 2.7e-8, above 5e-9 (7th figure) and below 5e-8 (6th): 7 each.
    @Test func aMatrixRoundedTooEarly() throws {
        let key = try #require(readValue("[[0.015261, -0.020348], [-0.020348, 0.02713]]", as: .matrix))
        let student = try #require(readValue("[[0.015, -0.020], [-0.020, 0.027]]", as: .matrix))
        let score = AnswerComparator.score(student, key: key, tolerance: .relative(Self.millionth, absolute: 0))
        #expect(score.fraction == 0)
        #expect(score.feedback == [
            "4 of 4 entries wrong: (1, 1), (1, 2), (2, 1), (2, 2)",
            "the wrong entries agree with the key to at least 2 significant figures; this part needs 7",
        ])
    }

    /// One right entry and one near miss: the sentence speaks of the one wrong entry; a far-off
    /// entry among the wrong ones silences it (the matrix is wrong, not rounded).
    @Test func aMatrixWithOneWrongEntry() throws {
        let key = try #require(readValue("[0.015261, 0.02713]", as: .vector))
        let tolerance = Tolerance.relative(Self.millionth, absolute: 0)
        let near = AnswerComparator.score(try #require(readValue("[0.015261, 0.0271]", as: .vector)), key: key, tolerance: tolerance)
        // 0.0271 vs 0.02713: error 3e-5 ≤ 5e-5 (3rd figure), > 5e-6 (4th): 3 figures.
        #expect(near.feedback.last == "the wrong entry agrees with the key to 3 significant figures; this part needs 7")
        let far = AnswerComparator.score(try #require(readValue("[5, 0.0271]", as: .vector)), key: key, tolerance: tolerance)
        #expect(far.feedback.allSatisfy { !$0.contains("agree") })
    }

    /// The precision in words: 1e-6 relative needs 10^(1−n)/2 ≤ 1e-6, n = 7 (n = 6 gives 5e-6);
    /// 1e-3 needs n = 4 (5e-4 ≤ 1e-3 < 5e-3).
    @Test func requirementsInWords() {
        #expect(Tolerance.relative(Self.millionth, absolute: 0).requirement
                == "within a relative error of 1e-6 of the key (7 significant figures always suffice)")
        #expect(Tolerance.standard.requirement == "within a relative error of 1e-3 of the key (4 significant figures always suffice)")
        #expect(Tolerance.significantFigures(1).requirement == "1 significant figure")
        #expect(Tolerance.decimalPlaces(2).requirement == "2 decimal places")
        #expect(Tolerance.exact.requirement == "the exact value (a fraction such as 1/3, or a decimal that ends)")
    }
}
