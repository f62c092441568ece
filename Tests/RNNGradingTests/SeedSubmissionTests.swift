import Foundation
import Testing
import RNNRubric
@testable import RNNGrading

/// The five seed documents' own answers (Submissions/) graded against their rubrics (Rubrics/).
/// Every expected verdict was decided by hand from the seed documents and docs/conventions.md;
/// the wrong answers are named one by one with what the grader must say.
@Suite struct SeedSubmissionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func grade(_ assignment: String, _ file: String) throws -> SubmissionGrade {
        let rubricPath = root.appendingPathComponent("Rubrics/\(assignment).xml").path
        let rubric = try RubricLoader.load(path: rubricPath).get()
        let path = root.appendingPathComponent("Submissions/\(assignment)/\(file)").path
        let found = SubmissionDiscovery.Found(path: path, relativePath: file, folder: nil, refusal: nil)
        return SubmissionGrading.grade(file: found, grader: Grader(rubric: rubric))
    }

    static func verdicts(_ grade: SubmissionGrade) -> [String: Verdict] {
        Dictionary(uniqueKeysWithValues: grade.parts.map { ($0.partID, $0.verdict) })
    }

    static func part(_ grade: SubmissionGrade, _ id: String) -> PartGrade? {
        grade.parts.first { $0.partID == id }
    }

    // Seed 003: ŷ₂ = 6, L = 2, ∂L/∂h₁ = 0, ∂L/∂W_h = 8 (docs/conventions.md, "A worked example") — all four right.
    @Test func seed003AllComputedAnswersRight() throws {
        let grade = try Self.grade("in5400-w10", "mohamed-ismail.txt")
        #expect(grade.studentID == "mohamed-ismail")
        #expect(Self.verdicts(grade) == ["1.a": .correct, "1.b": .correct, "1.c": .correct, "1.d": .correct,
                                         "2.a": .pending, "2.b": .pending, "2.c": .pending, "2.d": .pending])
        #expect(grade.total == 6)
        #expect(grade.warnings.isEmpty)
    }

    // Seed 002: W³⁰ of the printed W = [[0.58, 0.24], [0.24, 0.72]] has positive off-diagonal
    // entries (W's eigenvector for 0.9 is (0.6, 0.8)); the student's −0.020348 follows the printed
    // eigendecomposition, which multiplies back to −0.24 there: the rubric's known mistake, 1/2 credit.
    @Test func seed002PowerFollowsTheMisprintedEigendecomposition() throws {
        let grade = try Self.grade("sysu-dl-hw3", "16340154.txt")
        #expect(grade.studentID == "16340154")
        let power = try #require(Self.part(grade, "2.c"))
        #expect(power.verdict == .partial)
        #expect(power.points == 1.5)
        #expect(power.feedback.first?.contains("printed eigendecomposition") == true)
        for id in ["2.d", "2.e", "2.f", "3.b", "3.c"] { #expect(Self.verdicts(grade)[id] == .correct, "\(id)") }
        for id in ["1.a", "1.b", "2.a", "2.b", "3.a"] { #expect(Self.verdicts(grade)[id] == .pending, "\(id)") }
    }

    // Seed 000: the sigmoid's range is (0, 1); the student's (−1, 1) is tanh's. Wrong, all or nothing.
    @Test func seed000SigmoidRangeIsWrong() throws {
        let grade = try Self.grade("assignment5", "seed000.txt")
        let range = try #require(Self.part(grade, "2.1"))
        #expect(range.verdict == .wrong)
        #expect(range.points == 0)
        #expect(range.feedback == ["the lower end is wrong"])
        // O(1) and O(t) written as the options' texts, "forget" as the option id.
        for id in ["1.3", "1.4", "4.1"] { #expect(Self.verdicts(grade)[id] == .correct, "\(id)") }
        #expect(grade.total == 6)
    }

    // Seed 001: n² + kn + nm with n = 128, m = 10, k = 20 is 20224; all auto-graded answers right.
    @Test func seed001ParameterCountsRight() throws {
        let grade = try Self.grade("theory-rnn-lstm", "seed001.txt")
        for id in ["1.a", "1.b", "1.c", "2.a", "3.b", "3.d"] { #expect(Self.verdicts(grade)[id] == .correct, "\(id)") }
        #expect(grade.total == 9)
    }

    // Seed 004: Q1 (specialised to T = 4) and Q3(a) right; Q3's bound keeps ‖W‖ to the first power
    // where the product has ‖W‖^(T−t) (known mistake, 0.3 of 15 = 4.5); the skip-connection
    // Jacobian (σ′·W)² uses one σ′ twice and drops the direct path M (known mistake, 0.2 of 25 = 5).
    // Q5 and Q6: the student's weights implement the specifications (hand analysis in
    // RNNSolverTests' design tests), so both designs are right.
    @Test func seed004WrongBoundAndSkipConnection() throws {
        let grade = try Self.grade("sharif-dl-a3", "400101515.txt")
        #expect(grade.studentID == "400101515")
        let bound = try #require(Self.part(grade, "3.d"))
        #expect(bound.verdict == .partial)
        #expect(bound.points == 4.5)
        #expect(bound.feedback == ["The factor |W| appears once per step: it is |W|ⁿ, not |W|."])
        let skip = try #require(Self.part(grade, "3.f"))
        #expect(skip.verdict == .partial)
        #expect(skip.points == 5)
        #expect(skip.feedback.first?.hasPrefix("You used σ′ at step t+2 for both factors") == true)
        for id in ["1.a", "3.a", "5.a", "6.a"] { #expect(Self.verdicts(grade)[id] == .correct, "\(id)") }
        for id in ["1.b", "3.c", "3.e"] { #expect(Self.verdicts(grade)[id] == .unanswered, "\(id)") }
    }
}
