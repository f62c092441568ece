import RNNMath
import Testing
@testable import RNNRubric
@testable import RNNSolver

/// The graph form of a step: same values as the matrix form, and the cell path of docs/conventions.md.
struct CellsGraphTests {
    /// The golden PyTorch LSTM, first step, recorded on a graph with h₀ and c₀ as leaves.
    func firstLSTMStep() throws -> (Graph, [String: NodeID], c0: NodeID, [String: Matrix]) {
        let golden = try #require(try CellsGolden.load().cases.first { $0.cell == "lstm" && $0.convention == "pytorch" })
        let cell = try PresetCell(kind: .lstm, convention: .pytorch, input: golden.input, hidden: golden.hidden)
        let params = try golden.exactParams()
        let state = try golden.initialState()
        let x = try #require(try golden.inputs().first)
        let graph = Graph()
        let c0 = graph.leaf(try #require(state["c"]), name: "c0")
        let outputs = try cell.step(in: graph, x: graph.constant(x, label: "x"),
                                    state: ["h": graph.leaf(try #require(state["h"]), name: "h0"), "c": c0],
                                    params: params.mapValues { graph.leaf($0, name: "") })
        return (graph, outputs, c0, try cell.step(x: x, state: state, params: params))
    }

    @Test func graphStepEqualsMatrixStep() throws {
        let (graph, outputs, _, plain) = try firstLSTMStep()
        #expect(Set(outputs.keys) == Set(plain.keys))
        for (name, node) in outputs {
            #expect(graph.value(node) == plain[name], "\(name)")
        }
    }

    /// docs/conventions.md: the direct cell path ∂c_t/∂c_{t−1} = diag(f_t) (the gates do not see c
    /// without peepholes, so with h_{t−1} held fixed this is the whole Jacobian).
    @Test func cellPathJacobianIsDiagonalForgetGate() throws {
        let (graph, outputs, c0, _) = try firstLSTMStep()
        let jacobian = try graph.jacobian(of: try #require(outputs["c"]), withRespectTo: [c0])
        let f = graph.value(try #require(outputs["gate_f"]))
        for i in 0..<jacobian.rows {
            for j in 0..<jacobian.cols {
                #expect(jacobian[i, j].doubleValue == (i == j ? f[i, 0].doubleValue : 0))
            }
        }
    }

    @Test func rubricCellNeedsSizes() throws {
        let spec = CellSpec(kind: .gru, convention: .keras, inputSize: nil, hiddenSize: 3, resetAfter: true)
        #expect(throws: MathError.domain(operation: "cell", detail: "the gru cell needs both an input size and a hidden size")) {
            try PresetCell(spec)
        }
    }
}
