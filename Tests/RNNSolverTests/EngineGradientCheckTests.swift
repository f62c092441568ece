import RNNMath
import Testing
@testable import RNNSolver

/// Every primitive's gradient rule against central finite differences in Double.
struct EngineGradientCheckTests {
    /// One primitive under test: its inputs (approximate, away from kinks) and how to apply it.
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let inputs: [[[Double]]]
        let apply: @Sendable (Graph, [NodeID]) throws -> NodeID
        var testDescription: String { name }
    }

    static let v = [[0.3], [-1.2], [0.7]]
    static let m = [[0.5, -0.4], [1.1, 0.25]]
    static let wide = [[0.2, -0.6, 1.3], [0.9, 0.1, -0.35]]
    static let s = [[1.7]]

    static let cases: [Case] = [
        Case(name: "add", inputs: [m, m.map { $0.map { $0 * 3 - 1 } }]) { g, x in try g.add(x[0], x[1]) },
        Case(name: "add broadcast", inputs: [s, wide]) { g, x in try g.add(x[0], x[1]) },
        // numpy broadcasting on rank ≤ 2: a 1×n row over the rows, an m×1 column over the columns,
        // and a column against a row (both broadcast).
        Case(name: "add row broadcast over rows", inputs: [wide, [[0.4, -0.8, 0.15]]]) { g, x in try g.add(x[0], x[1]) },
        Case(name: "subtract column broadcast", inputs: [[[0.6], [-0.3]], wide]) { g, x in try g.subtract(x[0], x[1]) },
        Case(name: "hadamard column by row", inputs: [v, [[0.4, -0.8, 0.15]]]) { g, x in try g.hadamard(x[0], x[1]) },
        Case(name: "divide by a broadcast row", inputs: [wide, [[1.5, 2.5, -1.75]]]) { g, x in try g.divide(x[0], x[1]) },
        Case(name: "batched RNN step tanh(x Wx + h Wh + b)", inputs: [wide, [[0.3, -0.5], [0.8, 0.2], [-0.4, 0.9]], m, m, [[0.1, -0.2]]]) { g, x in
            try g.apply(.tanh, try g.add(try g.add(try g.matmul(x[0], x[1]), try g.matmul(x[2], x[3])), x[4]))
        },
        Case(name: "subtract", inputs: [wide, s]) { g, x in try g.subtract(x[0], x[1]) },
        Case(name: "negate", inputs: [v]) { g, x in try g.negate(x[0]) },
        Case(name: "identity", inputs: [v]) { g, x in try g.identity(x[0]) },
        Case(name: "matmul", inputs: [wide, v]) { g, x in try g.matmul(x[0], x[1]) },
        Case(name: "matmul 1×1 left", inputs: [s, wide]) { g, x in try g.matmul(x[0], x[1]) },
        Case(name: "matmul 1×1 right", inputs: [m, s]) { g, x in try g.matmul(x[0], x[1]) },
        Case(name: "hadamard", inputs: [m, m.map { $0.map { 2 - $0 } }]) { g, x in try g.hadamard(x[0], x[1]) },
        Case(name: "hadamard broadcast", inputs: [v, s]) { g, x in try g.hadamard(x[0], x[1]) },
        Case(name: "divide", inputs: [m, m.map { $0.map { 2 + $0 } }]) { g, x in try g.divide(x[0], x[1]) },
        Case(name: "divide by 1×1", inputs: [wide, s]) { g, x in try g.divide(x[0], x[1]) },
        Case(name: "power 3", inputs: [v]) { g, x in try g.power(x[0], 3) },
        Case(name: "power −2", inputs: [v]) { g, x in try g.power(x[0], -2) },
        Case(name: "matrixPower 3", inputs: [m]) { g, x in try g.matrixPower(x[0], 3) },
        Case(name: "transpose", inputs: [wide]) { g, x in try g.transpose(x[0]) },
        Case(name: "sum", inputs: [wide]) { g, x in try g.sum(x[0]) },
        Case(name: "trace", inputs: [m]) { g, x in try g.trace(x[0]) },
        Case(name: "sigmoid", inputs: [v]) { g, x in try g.apply(.sigmoid, x[0]) },
        Case(name: "tanh", inputs: [v]) { g, x in try g.apply(.tanh, x[0]) },
        Case(name: "relu", inputs: [v]) { g, x in try g.apply(.relu, x[0]) },
        Case(name: "step", inputs: [v]) { g, x in try g.apply(.stepFunction(threshold: .zero, strict: true), x[0]) },
        Case(name: "exp", inputs: [v]) { g, x in try g.apply(.exp, x[0]) },
        Case(name: "log", inputs: [[[0.3], [1.2], [4.0]]]) { g, x in try g.apply(.log, x[0]) },
        Case(name: "softmax", inputs: [v]) { g, x in try g.apply(.softmax, x[0]) },
        Case(name: "softmax along rows", inputs: [wide]) { g, x in try g.apply(.softmax, x[0]) },
        Case(name: "softmax down columns", inputs: [wide]) { g, x in try g.apply(.softmaxEntry(along: .vertical), x[0]) },
        Case(name: "log_softmax", inputs: [v]) { g, x in try g.apply(.logSoftmax, x[0]) },
        Case(name: "log_softmax along rows", inputs: [wide]) { g, x in try g.apply(.logSoftmaxEntry(along: .horizontal), x[0]) },
        Case(name: "log_softmax down columns", inputs: [wide]) { g, x in try g.apply(.logSoftmaxEntry(along: .vertical), x[0]) },
        Case(name: "gather with repeats", inputs: [wide]) { g, x in try g.gather(x[0], offsets: [5, 0, 5, 3], rows: 2, cols: 2) },
        Case(name: "slice", inputs: [wide]) { g, x in try g.slice(x[0], rows: 0..<2, cols: 1..<3) },
        Case(name: "element", inputs: [wide]) { g, x in try g.element(x[0], row: 1, col: 2) },
        Case(name: "concatenate vertical", inputs: [m, [[0.8, -1.4]]]) { g, x in try g.concatenate([x[0], x[1]], along: .vertical) },
        Case(name: "concatenate horizontal", inputs: [m, [[0.4], [-0.9]], m]) { g, x in
            try g.concatenate([x[0], x[1], x[2]], along: .horizontal)
        },
        Case(name: "RNN step tanh(W h + U x)", inputs: [m, [[0.4], [-0.9]], [[0.5, 1.0, -0.3], [0.2, -0.7, 0.6]], v]) { g, x in
            try g.apply(.tanh, try g.add(try g.matmul(x[0], x[1]), try g.matmul(x[2], x[3])))
        },
    ]

    /// `Σ output ⊙ R` for a fixed weight pattern R, so every output element matters differently.
    static func loss(of build: (Graph, [NodeID]) throws -> NodeID, graph: Graph, inputs: [Matrix]) throws -> NodeID {
        let leaves = inputs.enumerated().map { graph.leaf($1, name: "x\($0)") }
        let output = try build(graph, leaves)
        let shape = graph.value(output)
        let weights = try Matrix(approx: (0..<shape.rows).map { r in
            (0..<shape.cols).map { c in 0.5 + 0.37 * Double(r * shape.cols + c) }
        })
        return try graph.sum(try graph.hadamard(output, graph.constant(weights, label: "R")))
    }

    @Test(arguments: cases)
    func gradientMatchesCentralDifferences(testCase: Case) throws {
        let inputs = try testCase.inputs.map { try Matrix(approx: $0) }
        let graph = Graph()
        let lossNode = try Self.loss(of: testCase.apply, graph: graph, inputs: inputs)
        let gradients = try graph.backward(from: lossNode)
        for (k, input) in inputs.enumerated() {
            let analytic = gradients[NodeID(index: k)]
            #expect(analytic.rows == input.rows && analytic.cols == input.cols)
            for e in input.elements.indices {
                let x = input.elements[e].doubleValue
                let h = 1e-6 * max(1, abs(x))
                func lossAt(_ shifted: Double) throws -> Double {
                    var elements = input.elements
                    elements[e] = .approx(shifted)
                    var perturbed = inputs
                    perturbed[k] = try Matrix(rows: input.rows, cols: input.cols, elements: elements)
                    let g = Graph()
                    return try g.value(Self.loss(of: testCase.apply, graph: g, inputs: perturbed)).elements[0].doubleValue
                }
                let numeric = (try lossAt(x + h) - lossAt(x - h)) / (2 * h)
                let a = analytic.elements[e].doubleValue
                #expect(abs(a - numeric) <= 1e-6 * max(1, abs(a), abs(numeric)),
                        "\(testCase.name): input \(k) element \(e): analytic \(a), numeric \(numeric)")
            }
        }
    }
}
