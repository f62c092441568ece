import RNNMath
import RNNRubric
import RNNSolver
import Testing
@testable import RNNDesign

/// The compiled step programs compute what ``ModelRun`` computes, step by step: on the seed's
/// design models and on seeded random models (activations, overrides, exact and approximate values).
@Suite struct DesignStepProgramTests {
    /// The outputs `output[1…T]` of `model` on `inputs`, by unrolling a graph and by stepping.
    private func bothWays(_ model: ModelSpec, parameters: [String: Matrix], inputs: [Matrix],
                          output: String) throws -> (unrolled: [Matrix], stepped: [Matrix]) {
        var runtime = model
        runtime.inputs[0].values = []
        let run = try ModelRun(model: runtime, parameters: parameters, inputs: [runtime.inputs[0].name: inputs])
        let unrolled = try (1...inputs.count).map { run.graph.value(try run.node(output, at: $0)) }
        let program = try StepProgram(model: runtime, parameters: parameters, output: output)
        var state = program.initial
        var stepped: [Matrix] = []
        for input in inputs {
            let (next, value) = try program.step(state, input: input)
            stepped.append(value)
            state = next
        }
        return (unrolled, stepped)
    }

    /// Every sequence of length 1…`length` over `symbols`.
    private func sequences(_ symbols: [Matrix], upTo length: Int) -> [[Matrix]] {
        var all: [[Matrix]] = []
        var level: [[Matrix]] = [[]]
        for _ in 0..<length {
            level = level.flatMap { prefix in symbols.map { prefix + [$0] } }
            all += level
        }
        return all
    }

    @Test func seedModelsAgreeWithTheUnrolledGraph() throws {
        let rubric = try DesignTestSupport.sharif()
        let five = try #require(rubric.problems.first { $0.id == "5" })
        let six = try #require(rubric.problems.first { $0.id == "6" })
        let bits = [Matrix.scalar(.zero), .scalar(.one)]
        let pairs = try [[0, 0], [0, 1], [1, 0], [1, 1]].map { try Matrix(exact: [[Rational($0[0])], [Rational($0[1])]]) }
        let cases: [(ModelSpec?, [String: String], [Matrix])] = [
            (five.model("q5"), DesignSeedTests.seed5, bits), (five.model("q5ref"), [:], bits),
            (six.model("q6"), DesignSeedTests.seed6, pairs), (six.model("q6ref"), [:], pairs),
        ]
        for (model, texts, symbols) in cases {
            let model = try #require(model)
            let parameters = try DesignTestSupport.parameters(texts)
            for inputs in sequences(symbols, upTo: 4) {
                let (unrolled, stepped) = try bothWays(model, parameters: parameters, inputs: inputs, output: "y")
                #expect(unrolled == stepped, "model \(model.id) on \(inputs)")
            }
        }
    }

    /// Thirty random two-unit models: random activations (steps with random thresholds and
    /// strictness), some with a step-1 override of the output, some reading the input in the output.
    @Test func randomModelsAgreeWithTheUnrolledGraph() throws {
        var generator = SplitMix64(seed: 2026)
        func pick(_ options: [String]) -> String { options[Int(generator.next() % UInt64(options.count))] }
        let numbers = ["-2", "-3/2", "-1", "-1/2", "0", "1/4", "1/2", "1", "3/2", "2"]
        var models: [String] = []
        for index in 0..<30 {
            let function = pick(["step", "relu", "identity", "sigmoid", "tanh"])
            let stepAttributes = function == "step" ? " threshold=\"\(pick(numbers))\" strict=\"\(pick(["true", "false"]))\"" : ""
            let direct = pick(["", " + \(pick(numbers))*x[t]"])
            let override = pick(["", "<equation>y[1] = v'*h[1] - c</equation>"])
            let inputs = (0..<6).map { _ in pick(["0", "1", "-1", "1/2"]) }.joined(separator: " ")
            models.append("""
                <model id="m\(index)">
                  <param name="W" value="[[\(pick(numbers)), \(pick(numbers))], [\(pick(numbers)), \(pick(numbers))]]"/>
                  <param name="U" value="[\(pick(numbers)), \(pick(numbers))]"/>
                  <param name="b" value="[\(pick(numbers)), \(pick(numbers))]"/>
                  <param name="v" value="[\(pick(numbers)), \(pick(numbers))]"/>
                  <param name="c" value="\(pick(numbers))"/>
                  <activation name="act" function="\(function)"\(stepAttributes)/>
                  <input name="x" values="\(inputs)"/>
                  <state name="h" initial="[\(pick(numbers)), \(pick(numbers))]"/>
                  <equation>h[t] = act(W*h[t-1] + U*x[t] + b)</equation>
                  <equation>y[t] = v'*h[t] + c\(direct)</equation>
                  \(override)
                </model>
                """)
        }
        let rubric = try DesignTestSupport.rubric("""
            <problem id="1">
            \(models.joined(separator: "\n"))
              <part id="a" points="1"><manual>none</manual></part>
            </problem>
            """)
        let constants = try ModelRun(model: .empty)
        for model in rubric.problems[0].models {
            let inputs = try model.inputs[0].values.map { try constants.constantValue($0) }
            let (unrolled, stepped) = try bothWays(model, parameters: [:], inputs: inputs, output: "y")
            #expect(unrolled == stepped, "model \(model.id)")
        }
    }
}
