import Foundation
import RNNMath
import RNNRubric
import RNNSolver
import Testing
@testable import RNNVariants

/// Drawing the shipped family (Rubrics/in5400-w10-family.xml): reproducible, on the declared
/// grids, meeting every constraint, with keys equal to the hand derivation in ``ScalarRNNData``.
struct VariantFamilyTests {
    static let students = (1...60).map { "s\($0)" }

    @Test func theSameStudentAlwaysGetsTheSameVariant() throws {
        for student in Self.students.prefix(10) {
            let first = try VariantFixtures.family.variant(for: student)
            let again = try VariantFixtures.rubric("in5400-w10-family.xml").variant(for: student, salt: VariantFixtures.salt)
            #expect(ScalarRNNData(first.rubric) == ScalarRNNData(again.rubric))
            #expect(first.rubric.problems[0].prompt == again.rubric.problems[0].prompt)
        }
    }

    @Test func anotherSaltGivesOtherData() throws {
        let other = VariantFamily(rubric: VariantFixtures.family.base, salt: try Salt(text: "another salt, also long enough", source: "test"))
        var differing = 0
        for student in Self.students.prefix(20) where
            ScalarRNNData(try VariantFixtures.family.variant(for: student).rubric) != ScalarRNNData(try other.variant(for: student).rubric) {
            differing += 1
        }
        // Seven drawn data with 11·5·3·10⁴ combinations: two salts agree on a student by chance
        // with probability below 10⁻⁴.
        #expect(differing == 20)
    }

    @Test func studentsGetDifferentData() throws {
        let data = try Self.students.map { ScalarRNNData(try VariantFixtures.family.variant(for: $0).rubric) }
        var distinct: [ScalarRNNData] = []
        for item in data where !distinct.contains(item) { distinct.append(item) }
        #expect(distinct.count >= 58)
    }

    @Test func drawnValuesLieOnTheDeclaredGrids() throws {
        let tenths = { (low: Int, high: Int) in (low...high).map { Rational.parse("\($0)/10")! } }
        for student in Self.students {
            let data = ScalarRNNData(try VariantFixtures.family.variant(for: student).rubric)
            #expect(tenths(5, 15).contains(data.wh))
            #expect(tenths(1, 5).contains(data.wx))
            #expect([1, 2, 3].map { Rational($0) }.contains(data.wy))
            #expect(data.h0 == Rational(1))
            for value in data.x + data.y { #expect((1...10).map { Rational($0) }.contains(value)) }
            #expect(data.x.count == 2 && data.y.count == 2)
        }
    }

    @Test func keysAreTheHandDerivationsAndMeetTheConstraints() throws {
        for student in Self.students {
            let variant = try VariantFixtures.family.variant(for: student)
            let data = ScalarRNNData(variant.rubric)
            let hand = data.handKeys
            let key = AnswerKey(rubric: variant.rubric)
            let values = ["1.a", "1.b", "1.c", "1.d"].map { key.entry($0)?.solved?.matrix?.elements.first }
            #expect(values == [hand.a, hand.b, hand.c, hand.d].map { Scalar.exact($0) }, "student \(student)")
            // The constraints: ŷ₁ ≠ y₁, h₁ < 10, keys with at most 4 decimals, mistakes off the key.
            #expect(data.wy * (data.wh * data.h0 + data.wx * data.x[0]) != data.y[0])
            #expect(data.wh * data.h0 + data.wx * data.x[0] < Rational(10))
            for value in [hand.a, hand.b, hand.c, hand.d] { #expect((value.terminatingDecimalDigits ?? 99) <= 4) }
            #expect(hand.cMistake != hand.c)
        }
    }

    @Test func promptsShowTheStudentsNumbers() throws {
        let variant = try VariantFixtures.family.variant(for: "s7")
        let data = ScalarRNNData(variant.rubric)
        let prompt = try #require(variant.rubric.problems[0].prompt)
        #expect(prompt.contains("W_h = \(data.wh.terminatingDecimalText!),"))
        #expect(prompt.contains("x2 = \(data.x[1]),"))
        #expect(!prompt.contains("{"))
    }

    @Test func theFixedVariantIsTheSeedData() throws {
        let fixed = VariantFixtures.family.fixed
        let key = AnswerKey(rubric: fixed.rubric)
        #expect(["1.a", "1.b", "1.c", "1.d"].map { key.entry($0)?.solved?.matrix?.elements.first } == [6, 2, 0, 8].map { Scalar.exact(Rational($0)) })
        #expect(fixed.rubric.problems[0].prompt?.contains("h0 = 1, x1 = 10, x2 = 10, y1 = 5, y2 = 5, W_h = 1, W_x = 0.1, W_y = 2.") == true)
    }

    @Test func aRubricWithoutDrawsIsItsOwnVariant() throws {
        let rubric = VariantFixtures.rubric("in5400-w10.xml")
        let variant = try rubric.variant(for: "anyone", salt: nil)
        #expect(variant.rubric.problems[0].prompt == rubric.problems[0].prompt)
        #expect(variant.rubric.selfTests.count == rubric.selfTests.count)
        #expect(!VariantFamily(rubric: rubric, salt: nil).isFamily)
    }

    @Test func aFamilyWithoutItsSaltIsRefused() {
        #expect(throws: VariantError.self) { try VariantFamily(rubric: VariantFixtures.family.base, salt: nil).variant(for: "s1") }
    }
}
