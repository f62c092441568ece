import Foundation
import RNNMath
import RNNRubric
import Testing
@testable import RNNSolver

/// ``AnswerKeyArchive``: what grading reads of a key survives JSON unchanged, bit for bit for
/// floating-point values; an archive never passes for the key of another rubric; a failed key
/// is not archived.
@Suite struct AnswerKeyArchiveTests {
    /// h₁ = tanh(w·x₁) with w = 1/2, x₁ = 1 (tanh(1/2) is irrational: a floating-point key), and
    /// w·x₁ = 1/2 (exact); a choice and a number written in the rubric.
    static let text = """
        <assignment xmlns="urn:rnngrade:rubric:1" id="arch" title="Archive">
          <problem id="1">
            <model id="m">
              <param name="w" value="1/2"/>
              <state name="h" initial="0"/>
              <input name="x" values="1"/>
              <equation>h[t] = tanh(w*h[t-1] + w*x[t])</equation>
            </model>
            <part id="a" points="1"><number ask="h[1]"/></part>
            <part id="b" points="1"><number ask="w*x[1]"/></part>
            <part id="c" points="1"><number key="-1/8"/></part>
            <part id="d" points="1"><choice key="x"><option id="x">X</option><option id="y">Y</option></choice></part>
          </problem>
        </assignment>
        """

    static func rubric(_ text: String = text) throws -> Rubric {
        try RubricLoader.parse(bytes: Array(text.utf8), file: "arch.xml").get()
    }

    @Test func valuesSurviveJSONExactly() throws {
        let rubric = try Self.rubric()
        let key = AnswerKey(rubric: rubric)
        let archive = try #require(AnswerKeyArchive(key))
        let decoded = try JSONDecoder().decode(AnswerKeyArchive.self, from: JSONEncoder().encode(archive))
        let restored = try #require(decoded.key(of: rubric))
        #expect(restored.entries.map(\.part.id) == ["1.a", "1.b", "1.c", "1.d"])
        #expect(restored.entries.map(\.display) == key.entries.map(\.display))
        #expect(restored.entries.map { $0.solved?.value } == key.entries.map { $0.solved?.value })
        // The independent values: tanh(1/2) as Foundation computes it, and 1/2 exactly.
        #expect(restored.entry("1.a")?.solved?.matrix?.elements == [.approx(tanh(0.5))])
        #expect(restored.entry("1.b")?.solved?.matrix?.elements == [.exact(Rational(1) / Rational(2))])
    }

    /// An array with a leading axis (numpy shape (2, 1, 2)) reads back with that shape and its
    /// elements, exact and floating point alike.
    @Test func anArrayWithALeadingAxisKeepsItsShape() throws {
        let rubric = try Self.rubric()
        let value = try Matrix(shape: [2, 1, 2], elements: [.exact(1), .exact(Rational(-3) / Rational(2)), .approx(0.1), .approx(-2.5e-300)])
        var entries = AnswerKey(rubric: rubric).entries
        entries[0].solved = SolvedAnswer(value: .matrix(value))
        let archive = try #require(AnswerKeyArchive(AnswerKey(rubric: rubric, entries: entries)))
        let decoded = try JSONDecoder().decode(AnswerKeyArchive.self, from: JSONEncoder().encode(archive))
        let restored = try #require(decoded.key(of: rubric)?.entry("1.a")?.solved?.matrix)
        #expect(restored.shape == [2, 1, 2])
        #expect(restored.elements == value.elements)
    }

    @Test func anArchiveIsNotTheKeyOfAnotherRubric() throws {
        let archive = try #require(AnswerKeyArchive(AnswerKey(rubric: Self.rubric())))
        let fewer = try Self.rubric(Self.text.replacingOccurrences(of: #"<part id="c" points="1"><number key="-1/8"/></part>"#, with: ""))
        #expect(archive.key(of: fewer) == nil)
        let renamed = try Self.rubric(Self.text.replacingOccurrences(of: #"<part id="c""#, with: #"<part id="e""#))
        #expect(archive.key(of: renamed) == nil)
    }

    @Test func aFailedKeyIsNotArchived() throws {
        let failing = try Self.rubric(Self.text.replacingOccurrences(of: #"ask="w*x[1]""#, with: #"ask="w*x[5]""#))
        let key = AnswerKey(rubric: failing)
        try #require(!key.failures.isEmpty)
        #expect(AnswerKeyArchive(key) == nil)
    }
}
