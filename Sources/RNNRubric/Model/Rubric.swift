/// One assignment: its problems, their parts, the models the parts ask about, grading
/// defaults and self-tests. Loaded from a rubric XML file by ``RubricLoader``.
public struct Rubric: Sendable {
    /// The assignment id; submissions name it to be matched with this rubric.
    public var id: String
    /// The assignment's title, shown in reports.
    public var title: String
    /// The file this rubric was loaded from.
    public var file: String
    /// Grading rules that every part inherits unless it states its own.
    public var defaults: GradingDefaults
    /// The problems in document order.
    public var problems: [Problem] {
        didSet { index = Self.partIndex(problems) }
    }
    /// Sample submissions with the score they must get (`rnngrade verify` checks them).
    public var selfTests: [SelfTestSample]
    /// How per-student variants are drawn (`<variants>`); nil when the rubric states no such settings.
    public var variants: VariantSettings?
    /// Each part's position (problem, part) by qualified id, kept in step with `problems`: a
    /// batch looks parts up for every answer of every submission.
    private var index: [String: (problem: Int, part: Int)]

    public init(id: String, title: String, file: String, defaults: GradingDefaults, problems: [Problem],
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
    public var parts: [Part] { problems.flatMap(\.parts) }

    /// The part whose qualified id (`1.a`) is `id`, if any.
    public func part(_ id: String) -> Part? {
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
    public func problem(containing partID: String) -> Problem? {
        problems.first { problem in problem.parts.contains { $0.id == partID } }
    }

    /// Whether the rubric is a family: some data is drawn per student.
    public var isFamily: Bool { problems.contains { $0.models.contains(where: \.hasDraws) } }

    /// Total points over all parts.
    public var totalPoints: Double { parts.reduce(0) { $0 + $1.points } }
}

/// A problem: a prompt, zero or more models, and its parts.
public struct Problem: Sendable {
    public var id: String
    public var title: String?
    public var prompt: String?
    public var models: [ModelSpec]
    public var parts: [Part]
    /// The points the assignment announces for the problem, if stated.
    public var announcedPoints: Double?
    /// The 1-based line of the `<problem>` element.
    public var line: Int

    /// The model with this id, if the problem defines it.
    public func model(_ id: String) -> ModelSpec? { models.first { $0.id == id } }
}

/// A sample submission inside a rubric, with the score it must get.
public struct SelfTestSample: Sendable {
    public var id: String
    /// The total score (points) the sample must receive.
    public var expectedScore: Double
    /// Raw answers by qualified part id, in document order.
    public var answers: [(part: String, text: String, line: Int)]
    public var line: Int
}
