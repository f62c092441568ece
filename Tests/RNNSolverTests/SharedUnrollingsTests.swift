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

    /// Asks on one shared unrolling, some failing (a step after the last) and some asked with
    /// and without permission to approximate, again and again: every answer is the fresh
    /// evaluation's, and one backward sweep from L serves every gradient of L.
    @Test func failuresRepeatsAndPermissionsGiveTheFreshValues() throws {
        let rubric = try RubricLoader.load(path: KeysShippedRubricTests.folder.appendingPathComponent("in5400-w10.xml").path).get()
        let solver = Solver(rubric: rubric)
        let model = try #require(rubric.problems[0].models.first)
        let shared = SharedUnrollings(solver: solver)
        let asks = ["yhat[3]", "grad(L, W_h)", "h[0] / 0", "grad(L, h[1])", "partial(L, W_h)", "grad(L, h[0])", "L", "grad(L, W_h)", "yhat[3]"]
        for approximates in [false, true, false] {
            for text in asks {
                let ask = try RNNExprParse.expression(text)
                let fresh = Self.outcome(solver.evaluate(ask, model: model, approximatesBeyondBudget: approximates))
                #expect(Self.outcome(shared.value(of: ask, model: model, in: rubric.problems[0].id, approximatesBeyondBudget: approximates)) == fresh,
                        "\(text), approximating: \(approximates)")
            }
        }
        // The fresh values, worked by hand for the seed's data (Rubrics/in5400-w10.xml: W_h = 1,
        // W_x = 1/10, W_y = 2, h0 = 1, x = 10 10, y = 5 5): h1 = 2, h2 = 3, ŷ = 4, 6, e = −1, 1,
        // ∂L/∂W_h = 2·e1·W_y·h0 + 2·e2·W_y·(h1 + W_h·h0) = −4 + 12 = 8.
        let gradient = try shared.value(of: try RNNExprParse.expression("grad(L, W_h)"), model: model, in: rubric.problems[0].id).get()
        #expect(gradient.matrix == .scalar(.exact(8)))
        #expect(Self.outcome(shared.value(of: try RNNExprParse.expression("yhat[3]"), model: model, in: rubric.problems[0].id)).hasPrefix("error"))
    }
}
