import RNNMath
import RNNRubric
import RNNSolver
import Testing

/// A one-model rubric written as XML text and loaded through `RubricLoader`, so the solver
/// tests exercise the same path as `rnngrade key`: XML → rubric → unrolled model → value.
struct SolverFixture {
    let solver: Solver
    let model: ModelSpec

    /// Loads a rubric whose only problem holds `<model id="m" attributes>body</model>`.
    init(model body: String, attributes: String = "") throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <assignment xmlns="urn:rnngrade:rubric:1" id="fixture" title="Fixture">
              <problem id="1">
                <model id="m" \(attributes)>
            \(body)
                </model>
                <part id="a" points="1"><manual>none</manual></part>
              </problem>
            </assignment>
            """
        let rubric = try RubricLoader.parse(bytes: Array(text.utf8), file: "fixture.xml").get()
        solver = Solver(rubric: rubric)
        model = try #require(rubric.problems.first?.models.first)
    }

    /// The ask's value or the solver's error, with quantities fixed by `overrides` (`"h[1]"`).
    func evaluate(_ ask: String, parameters: [String: Matrix] = [:], overrides: [String: Matrix] = [:]) throws -> Result<SolvedAnswer, SolverError> {
        solver.evaluate(try RNNExprParse.expression(ask), model: model, overrides: overrides, parameters: parameters)
    }

    /// The ask's value as a matrix; fails the test when the solver reports an error.
    func value(_ ask: String, parameters: [String: Matrix] = [:], overrides: [String: Matrix] = [:]) throws -> Matrix {
        try #require(try evaluate(ask, parameters: parameters, overrides: overrides).get().matrix)
    }

    /// The solver's message for an ask that must fail, or `nil` when it succeeded.
    func failure(_ ask: String) throws -> String? {
        if case .failure(let error) = try evaluate(ask) { return error.message }
        return nil
    }
}
