/// One assignment: its problems, their parts, the models the parts ask about, grading
/// defaults and self-tests. Loaded from a rubric XML file by ``RubricLoader``.
package struct Rubric: Sendable {
    /// The assignment id; submissions name it to be matched with this rubric.
    package var id: String
    /// The assignment's title, shown in reports.
    package var title: String
    /// The file this rubric was loaded from.
    package var file: String
    /// Grading rules that every part inherits unless it states its own.
    package var defaults: GradingDefaults
    /// The problems in document order.
    package var problems: [Problem] {
        didSet { index = Self.partIndex(problems) }
    }
    /// Sample submissions with the score they must get (`rnngrade verify` checks them).
    package var selfTests: [SelfTestSample]
    /// How per-student variants are drawn (`<variants>`); nil when the rubric states no such settings.
    package var variants: VariantSettings?
    /// How `rnngrade serve` offers the assignment (`<self-check>`): a cap and a closing time.
    package var selfCheck: SelfCheckSettings?
    /// Each part's position (problem, part) by qualified id, kept in step with `problems`: a
    /// batch looks parts up for every answer of every submission.
    private var index: [String: (problem: Int, part: Int)]

    package init(id: String, title: String, file: String, defaults: GradingDefaults, problems: [Problem],
                selfTests: [SelfTestSample]) {
        self.id = id
        self.title = title
        self.file = file
        self.defaults = defaults
        self.problems = problems
        self.selfTests = selfTests
        index = Self.partIndex(problems)
    }

    /// Every part of every problem, in document order.
    package var parts: [Part] { problems.flatMap(\.parts) }

    /// The part whose qualified id (`1.a`) is `id`, if any.
    package func part(_ id: String) -> Part? {
        index[id].map { problems[$0.problem].parts[$0.part] }
    }

    /// The position of every part; the first one wins when two share an id (the loader reports that).
    private static func partIndex(_ problems: [Problem]) -> [String: (problem: Int, part: Int)] {
        var index: [String: (problem: Int, part: Int)] = [:]
        for (p, problem) in problems.enumerated() {
            for (q, part) in problem.parts.enumerated() where index[part.id] == nil { index[part.id] = (p, q) }
        }
        return index
    }

    /// The problem that holds the part with qualified id `partID`.
    package func problem(containing partID: String) -> Problem? {
        problems.first { problem in problem.parts.contains { $0.id == partID } }
    }

    /// Whether the rubric is a family: some data is drawn per student.
    package var isFamily: Bool { problems.contains { $0.models.contains(where: \.hasDraws) } }

    /// Total points over all parts.
    package var totalPoints: Double { parts.reduce(0) { $0 + $1.points } }
}

/// A problem: a prompt, zero or more models, and its parts.
package struct Problem: Sendable {
    package var id: String
    package var title: String?
    package var prompt: String?
    package var models: [ModelSpec]
    package var parts: [Part]
    /// The points the assignment announces for the problem, if stated.
    package var announcedPoints: Double?
    /// The 1-based line of the `<problem>` element.
    package var line: Int

    /// The model with this id, if the problem defines it.
    package func model(_ id: String) -> ModelSpec? { models.first { $0.id == id } }
}

/// A sample submission inside a rubric, with the score it must get.
package struct SelfTestSample: Sendable {
    package var id: String
    /// The total score (points) the sample must receive.
    package var expectedScore: Double
    /// Raw answers by qualified part id, in document order.
    package var answers: [(part: String, text: String, line: Int)]
    package var line: Int
}
