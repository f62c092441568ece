import Foundation
import RNNExpr
import RNNMath
import RNNRubric
import Testing
@testable import RNNGrading
@testable import RNNDesign
@testable import RNNSolver

/// Every entry of the function registry works in every evaluator that reads it: the expression
/// catalogue knows its spellings; the solver's graph (through a rubric ask), the design
/// checker's step program and the formula evaluator compute the same values as the entry; the
/// values agree with ones worked by hand; and the graph's gradient agrees with central finite
/// differences. Adding a function to `MatrixFunction+Registry.swift` means adding its hand values
/// to `handValues` here; the first test fails until that is done.
@Suite struct FunctionRegistryTests {
    /// Values worked by hand (input → output), independent of the code under test.
    static let handValues: [String: [(Double, Double)]] = [
        "identity": [(-2.5, -2.5), (0.75, 0.75)],
        // σ(0) = 1/2; σ(ln 3) = 1/(1 + 1/3) = 3/4.
        "sigmoid": [(0, 0.5), (Foundation.log(3.0), 0.75)],
        // tanh(0) = 0; tanh(ln 2) = (2 − 1/2)/(2 + 1/2) = 3/5.
        "tanh": [(0, 0), (Foundation.log(2.0), 0.6)],
        "relu": [(-1.5, 0), (0, 0), (2.25, 2.25)],
        // The built-in step is x ≥ 0.
        "step": [(-0.5, 0), (0, 1), (3, 1)],
        // A 1×1 softmax is 1 whatever its input, and its logarithm 0.
        "softmax": [(-7, 1), (4, 1)],
        "log_softmax": [(-7, 0), (4, 0)],
        // Halves go to the even neighbour, as numpy's np.round.
        "round": [(2.5, 2), (3.5, 4), (-1.5, -2), (1.4, 1), (-2.6, -3)],
        // e^0 = 1; e^(ln 5) = 5.
        "exp": [(0, 1), (Foundation.log(5.0), 5)],
        "log": [(1, 0), (Foundation.exp(2.0), 2)],
        "sqrt": [(0, 0), (2.25, 1.5), (16, 4)],
        "abs": [(-3.5, 3.5), (0, 0), (1.25, 1.25)],
        // σ′(0) = 1/4; σ′(ln 3) = 3/4 · 1/4 = 3/16.
        "dsigmoid": [(0, 0.25), (Foundation.log(3.0), 0.1875)],
        // tanh′(0) = 1; tanh′(ln 2) = 1 − 9/25 = 16/25.
        "dtanh": [(0, 1), (Foundation.log(2.0), 0.64)],
        // softplus(0) = ln 2; softplus(ln 3) = ln 4; softplus(−ln 3) = ln(4/3).
        // gelu(x) = x·Φ(x): Φ(0) = 1/2, Φ(1) = 0.841344746068543, Φ(−1) = 0.158655253931457 (normal tables).
        "gelu": [(0, 0), (1, 0.841344746068543), (-1, -0.158655253931457)],
        "softplus": [(0, Foundation.log(2.0)), (Foundation.log(3.0), Foundation.log(4.0)), (-Foundation.log(3.0), Foundation.log(4.0 / 3.0))],
    ]

    /// Sample inputs away from every kink (round jumps at halves); functions defined for
    /// positive numbers only get the positive ones.
    static let samples: [Double] = [-1.3, -0.4, 0.3, 1.2, 2.45]

    static var names: [String] { MatrixFunction.registry.map(\.name) }

    @Test func everyEntryHasHandValues() {
        #expect(Set(Self.handValues.keys) == Set(Self.names))
    }

    @Test(arguments: names)
    func valuesMatchTheHandValues(_ name: String) throws {
        let function = try #require(MatrixFunction.named(name))
        for (input, expected) in Self.handValues[name] ?? [] {
            let output = try function.apply(.scalar(.approx(input))).elements[0].doubleValue
            #expect(Self.close(output, expected), "\(name)(\(input)) = \(output), worked by hand: \(expected)")
            #expect(Self.close(function.double(input), expected), "\(name)'s Double form at \(input)")
        }
    }

    @Test(arguments: names)
    func theCatalogueKnowsEverySpelling(_ name: String) throws {
        let function = try #require(MatrixFunction.named(name))
        for spelling in function.spellings {
            let entry = try #require(BuiltinFunction.named(spelling), "\(spelling) is not in the expression catalogue")
            #expect(entry.name == name && entry.arity == 1...1)
        }
    }

    @Test(arguments: names)
    func theSolverComputesTheEntry(_ name: String) throws {
        let function = try #require(MatrixFunction.named(name))
        let x = try Self.input(for: function)
        let rubric = try Self.rubric(model: #"<param name="x" value="0"/>"#)
        let model = try #require(rubric.problems.first?.models.first)
        let ask = try ExpressionParser.parseExpression("\(name)(x)")
        let solved = try Solver(rubric: rubric).evaluate(ask, model: model, overrides: [:], parameters: ["x": x]).get()
        #expect(solved.matrix == (try function.apply(x)))
    }

    @Test(arguments: names)
    func theDesignCheckerComputesTheEntry(_ name: String) throws {
        let function = try #require(MatrixFunction.named(name))
        let x = try Self.input(for: function)
        let rubric = try Self.rubric(model: """
            <input name="x" values="0"/>
            <equation>y[t] = \(name)(x[t])</equation>
            """)
        var model = try #require(rubric.problems.first?.models.first)
        model.inputs[0].values = []
        let program = try StepProgram(model: model, parameters: [:], output: "y")
        let (_, output) = try program.step(program.initial, input: x)
        #expect(output == (try function.apply(x)))
    }

    @Test(arguments: names)
    func theFormulaEvaluatorComputesTheEntry(_ name: String) throws {
        let function = try #require(MatrixFunction.named(name))
        for spelling in function.spellings {
            let formula = try ExpressionParser.parseExpression("\(spelling)(x)")
            for value in try Self.input(for: function).elements.map(\.doubleValue) {
                let evaluated = try FormulaEvaluator(variables: ["x": value]).evaluate(formula)
                let expected = try function.apply(.scalar(.approx(value))).elements[0].doubleValue
                #expect(Self.close(evaluated, expected), "\(spelling)(\(value)): formula \(evaluated), entry \(expected)")
            }
        }
    }

    /// `∂/∂x Σᵢ rᵢ f(x)ᵢ` from the graph against central differences of the entry's forward.
    @Test(arguments: names)
    func theGradientMatchesFiniteDifferences(_ name: String) throws {
        let function = try #require(MatrixFunction.named(name))
        let x = try Self.input(for: function)
        let weights = try Matrix(approx: x.elements.indices.map { [0.5 + 0.37 * Double($0)] })
        func loss(_ input: Matrix) throws -> Double {
            try function.apply(input).hadamard(weights).sumOfElements().doubleValue
        }
        let graph = Graph()
        let leaf = graph.leaf(x, name: "x")
        let output = try graph.sum(try graph.hadamard(try graph.apply(function, leaf), graph.constant(weights, label: "r")))
        let analytic = try graph.backward(from: output)[leaf]
        for i in x.elements.indices {
            let xi = x.elements[i].doubleValue
            let h = 1e-6 * max(1, abs(xi))
            func shifted(_ delta: Double) throws -> Matrix {
                var elements = x.elements
                elements[i] = .approx(xi + delta)
                return try Matrix(rows: x.rows, cols: x.cols, elements: elements)
            }
            let numeric = (try loss(shifted(h)) - loss(shifted(-h))) / (2 * h)
            let a = analytic.elements[i].doubleValue
            #expect(abs(a - numeric) <= 1e-6 * max(1, abs(a)), "\(name)′ at \(xi): graph \(a), finite differences \(numeric)")
        }
    }

    /// The sample inputs as an approximate column, the positive ones only where the entry
    /// rejects negative numbers.
    static func input(for function: MatrixFunction) throws -> Matrix {
        let all = Matrix.column(samples.map { .approx($0) })
        if (try? function.apply(all)) != nil { return all }
        return Matrix.column(samples.filter { $0 > 0 }.map { .approx($0) })
    }

    static func rubric(model body: String) throws -> Rubric {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <assignment xmlns="urn:rnngrade:rubric:1" id="registry" title="Registry">
              <problem id="1">
                <model id="m">
            \(body)
                </model>
                <part id="a" points="1"><manual>none</manual></part>
              </problem>
            </assignment>
            """
        return try RubricLoader.parse(bytes: Array(text.utf8), file: "registry.xml").get()
    }

    static func close(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= 1e-12 * max(1, abs(b))
    }
}
