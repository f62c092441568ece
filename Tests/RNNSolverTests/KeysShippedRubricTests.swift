import Foundation
import RNNMath
import RNNRubric
import RNNSolver
import Testing

/// The answer keys of the rubrics shipped in `Rubrics/`: every computed part has a key, and the
/// seed-003 parts have the values worked by hand (docs/conventions.md: ŷ₂ = 6, L = 2, ∂L/∂h₁ = 0,
/// ∂L/∂W_h = 8).
struct KeysShippedRubricTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Rubrics")

    /// Every rubric in `Rubrics/` (the `*.xml` files; the schemas are `*.xsd`).
    static let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { $0.hasSuffix(".xml") }.sorted()

    static func key(_ file: String) throws -> AnswerKey {
        AnswerKey(rubric: try RubricLoader.load(path: folder.appendingPathComponent(file).path).get())
    }

    @Test(arguments: files)
    func everyComputedPartHasAKey(file: String) throws {
        let key = try Self.key(file)
        #expect(key.failures.map { "\($0.part.id): \($0.failure?.description ?? "")" } == [])
    }

    @Test func theShippedRubricsAreFound() {
        #expect(Self.files.count >= 5 && Self.files.contains("in5400-w10.xml"), "\(Self.files)")
    }

    @Test func seed003KeysMatchTheHandComputation() throws {
        let key = try Self.key("in5400-w10.xml")
        for (part, value) in [("1.a", 6), ("1.b", 2), ("1.c", 0), ("1.d", 8)] {
            let solved = try #require(key.entry(part)?.solved)
            #expect(solved.matrix == .scalar(Scalar(value)) && solved.isExact, "\(part)")
        }
    }
}
