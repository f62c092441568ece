import RNNMath
import RNNRubric
import RNNSolver
import Testing

/// Known mistakes evaluated on one shared unrolling per model (`Solver.knownMistakeValues`)
/// give exactly what evaluating each on its own fresh unrolling gives (`Solver.evaluate`, the
/// independent path), on every shipped rubric and when the shared graph outgrows the budget.
struct SharedUnrollingsTests {
    /// A result as compared here: the value, or that it failed with which message.
    private static func outcome(_ result: Result<SolvedAnswer, SolverError>) -> String {
        switch result {
        case .success(let solved): "value \(solved.value)"
        case .failure(let error): "error \(error.message)"
        }
    }

    private static func fresh(_ solver: Solver, _ part: Part) -> [String] {
        solver.knownMistakes(of: part).map { outcome(solver.evaluate($0, of: part)) }
    }

    private static func shared(_ solver: Solver, _ part: Part) -> [String] {
        solver.knownMistakeValues(of: part, key: nil).map { outcome($0.value) }
    }

    @Test(arguments: KeysShippedRubricTests.files)
    func sharingGivesTheFreshValues(file: String) throws {
        let rubric = try RubricLoader.load(path: KeysShippedRubricTests.folder.appendingPathComponent(file).path).get()
        let solver = Solver(rubric: rubric)
        for part in rubric.parts {
            #expect(Self.shared(solver, part) == Self.fresh(solver, part), "\(file) part \(part.id)")
        }
    }

    /// With a node budget that each mistake fits on its own but the shared graph of all of them
    /// does not, the shared evaluation is redone afresh: the values are still those of the
    /// fresh evaluations, none fails.
    @Test func aSharedGraphBeyondTheBudgetIsRedoneAfresh() throws {
        var rubric = try RubricLoader.load(path: KeysShippedRubricTests.folder.appendingPathComponent("in5400-w10.xml").path).get()
        let part = try #require(rubric.part("1.d"))
        // The smallest node budget with which every mistake of 1.d evaluates on its own.
        func allFit(_ nodes: Int) -> Bool {
            var limited = rubric
            limited.defaults.budget.graphNodes = nodes
            let solver = Solver(rubric: limited)
            return solver.knownMistakes(of: part).allSatisfy { (try? solver.evaluate($0, of: part).get()) != nil }
        }
        var nodes = 1
        while !allFit(nodes) { nodes += 1 }
        rubric.defaults.budget.graphNodes = nodes
        let solver = Solver(rubric: rubric)
        let expected = Self.fresh(solver, part)
        #expect(expected.allSatisfy { $0.hasPrefix("value") })
        #expect(Self.shared(solver, part) == expected)
    }
}
