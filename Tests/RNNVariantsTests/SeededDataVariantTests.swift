import Foundation
import RNNMath
import RNNNumpy
import RNNRubric
import RNNSolver
import Testing
@testable import RNNVariants

/// `<data draw="seeds">`: each student's `np.random` arrays start from their own seed, the other
/// lines stay as written, and the fixed variant keeps the written seed.
struct SeededDataVariantTests {
    static let block = "np.random.seed(0)\nW = np.random.randn(2, 3)\nb = np.linspace(0, 1, 3)"
    static let xml = VariantConstraintTests.rubric(
        model: "<data draw=\"seeds\">\n\(block)\n</data>", prompt: "Seed {seed}; W = {W}.",
        parts: #"<part id="a" points="1"><number ask="sum(W) + sum(b)"/></part>"#)

    static func family() throws -> VariantFamily {
        VariantFamily(rubric: try VariantFixtures.parse(xml).get(), salt: VariantFixtures.salt)
    }

    static func array(_ rubric: Rubric, _ name: String) throws -> [Double] {
        let param = try #require(rubric.problems[0].models[0].params.first { $0.name == name })
        return try #require(param.data).elements.map(\.doubleValue)
    }

    @Test func theFixedVariantKeepsTheWrittenSeed() throws {
        // numpy: np.random.seed(0); np.random.randn(2, 3).tolist(); prompts show 10 significant digits.
        let numpy = [1.764052345967664, 0.4001572083672233, 0.9787379841057392,
                     2.240893199201458, 1.8675579901499675, -0.977277879876411]
        let fixed = try Self.family().fixed.rubric
        #expect(try Self.array(fixed, "W") == numpy)
        #expect(fixed.problems[0].prompt?.hasPrefix("Seed 0; W = [1.764052346 0.4001572084 ") == true, "\(fixed.problems[0].prompt ?? "")")
    }

    @Test func eachStudentGetsTheArraysOfTheirOwnSeed() throws {
        let family = try Self.family()
        var seen: Set<[Double]> = []
        for student in (1...20).map({ "s\($0)" }) {
            let variant = try family.variant(for: student)
            let block = try #require(variant.rubric.problems[0].models[0].seededData.first)
            let seed = try #require(block.seeds.first)
            // The same lines with the student's seed written in, read as a numpy cell.
            let written = try NumpyDataParser.assignments(in: Self.block.replacingOccurrences(of: "seed(0)", with: "seed(\(seed))"))
            let w = try Self.array(variant.rubric, "W")
            #expect(w == written[0].value.elements.map(\.doubleValue))
            #expect(try Self.array(variant.rubric, "b") == [0, 0.5, 1], "np.linspace is not drawn")
            #expect(try Self.array(try family.variant(for: student).rubric, "W") == w, "the same student, the same arrays")
            seen.insert(w)
            // The key is computed from the student's own arrays: ΣW + (0 + 0.5 + 1).
            let key = try #require(AnswerKey(rubric: variant.rubric).entry("1.a")?.solved?.matrix?.elements.first?.doubleValue)
            #expect(abs(key - (w.reduce(0, +) + 1.5)) <= 1e-12)
            let prompt = try #require(variant.rubric.problems[0].prompt)
            #expect(prompt.hasPrefix("Seed \(seed); W = [") && !prompt.contains("{W}"), "\(prompt)")
        }
        #expect(seen.count == 20)
    }

    /// The shipped Rubrics/dlai-rnn-cell-family.xml under the test salt against
    /// golden/seeded_data.py, which derives each student's numpy seed on its own (HMAC-SHA256,
    /// SplitMix64) and runs the notebook's cell in numpy.
    @Test func theShippedFamilyGivesNumpysKeysForEachStudentsSeed() throws {
        let family = VariantFamily(rubric: VariantFixtures.rubric("dlai-rnn-cell-family.xml"), salt: VariantFixtures.salt)
        let url = VariantFixtures.root.appendingPathComponent("Tests/RNNVariantsTests/golden/seeded_data.txt")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 3)
        for line in lines {
            let fields = line.split(separator: " ").map(String.init)
            let variant = try family.variant(for: fields[0])
            #expect(variant.draws == 1)
            #expect(variant.rubric.problems[0].models[0].seededData.first?.seeds == [try #require(UInt32(fields[1]))])
            #expect(variant.rubric.problems[0].prompt?.contains("np.random.seed(\(fields[1]))") == true)
            let key = AnswerKey(rubric: variant.rubric)
            for (part, numpy) in [("1.a", fields[2..<12]), ("1.b", fields[12..<22])] {
                let mine = try #require(key.entry(part)?.solved?.matrix).elements.map(\.doubleValue)
                let expected = numpy.compactMap(Double.init)
                #expect(mine.count == 10 && expected.count == 10)
                for (a, b) in zip(mine, expected) { #expect(abs(a - b) <= 1e-12 * max(1, abs(b)), "\(fields[0]) \(part)") }
            }
        }
    }

    @Test func aSeededBlockWithoutASeedLineIsALocatedError() throws {
        let xml = VariantConstraintTests.rubric(model: "<data draw=\"seeds\">W = np.ones((2, 2))</data>")
        guard case .failure(let failure) = VariantFixtures.parse(xml) else { Issue.record("loaded"); return }
        #expect("\(failure)".contains("no np.random.seed line"))
        #expect("\(failure)".contains("test.xml:4"))
    }
}
