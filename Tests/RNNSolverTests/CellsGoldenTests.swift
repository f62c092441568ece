import RNNMath
@testable import RNNRubric
import Testing
@testable import RNNSolver

/// Preset cells against `Golden/cells_golden.json` (numpy forward passes written from the PyTorch
/// and Keras sources; gradients of L = Σ_t sum(h_t) by complex-step differentiation).
struct CellsGoldenTests {
    /// Every cell and convention the golden script covers: (cell, convention, reset_after).
    static let variants: [(String, String, Bool)] = [
        ("elman", "pytorch", true), ("elman", "keras", true), ("elman", "textbook", true),
        ("lstm", "pytorch", true), ("lstm", "keras", true), ("lstm", "textbook", true), ("lstm", "peephole", true),
        ("gru", "pytorch", true), ("gru", "keras", true), ("gru", "keras", false), ("gru", "textbook", true),
        ("gru", "chung", true),
    ]

    func goldenCase(_ cell: String, _ convention: String, _ resetAfter: Bool) throws -> (CellsGolden.Case, PresetCell) {
        let golden = try CellsGolden.load()
        let found = try #require(golden.cases.first { $0.cell == cell && $0.convention == convention && $0.reset_after == resetAfter })
        let spec = CellSpec(kind: try #require(CellKind(rawValue: cell)), convention: try #require(CellConvention(rawValue: convention)),
                            inputSize: found.input, hiddenSize: found.hidden, resetAfter: resetAfter)
        return (found, try PresetCell(spec))
    }

    // MARK: Forward, plain matrices, to 1e-12
    @Test(arguments: variants) func forwardMatchesGolden(cell: String, convention: String, resetAfter: Bool) throws {
        let (golden, preset) = try goldenCase(cell, convention, resetAfter)
        let params = try golden.exactParams()
        var state = try golden.initialState()
        for (t, x) in try golden.inputs().enumerated() {
            let outputs = try preset.step(x: x, state: state, params: params)
            #expect(Set(outputs.keys) == Set(golden.steps[t].keys), "t = \(t + 1)")
            for (name, expected) in golden.steps[t] {
                let actual = try #require(outputs[name]).elements.map(\.doubleValue)
                #expect(actual.count == expected.count)
                for (a, e) in zip(actual, expected) {
                    #expect(abs(a - e) <= 1e-12, "\(name) at t = \(t + 1): \(a) vs \(e)")
                }
            }
            state = outputs.filter { preset.stateNames.contains($0.key) }
        }
    }

    // MARK: Gradients through the graph, to 1e-9 relative
    @Test(arguments: variants) func gradientsMatchComplexStep(cell: String, convention: String, resetAfter: Bool) throws {
        let (golden, preset) = try goldenCase(cell, convention, resetAfter)
        let graph = Graph()
        let params = try golden.exactParams().mapValues { graph.leaf($0, name: "") }
        let initial = try golden.initialState()
        let leaves = ["h0": graph.leaf(try #require(initial["h"]), name: "h0")]
            .merging(initial["c"].map { ["c0": graph.leaf($0, name: "c0")] } ?? [:]) { a, _ in a }
        var state = ["h": try #require(leaves["h0"])]
        if let c0 = leaves["c0"] { state["c"] = c0 }
        let weights = try preset.gateWeights(in: graph, params: params)
        var loss: NodeID?
        for x in try golden.inputs() {
            let outputs = try preset.step(in: graph, x: graph.constant(x, label: "x"), state: state, weights: weights)
            state = outputs.filter { preset.stateNames.contains($0.key) }
            let term = try graph.sum(try #require(outputs["h"]))
            loss = try loss.map { try graph.add($0, term) } ?? term
        }
        let total = try #require(loss)
        #expect(abs(graph.value(total).elements[0].doubleValue - golden.loss) <= 1e-12)
        let gradients = try graph.backward(from: total)
        let nodes = params.merging(leaves) { a, _ in a }
        #expect(Set(nodes.keys) == Set(golden.gradients.keys))
        for (name, expected) in golden.gradients {
            let actual = gradients[try #require(nodes[name])].elements.map(\.doubleValue)
            let flat = expected.flatMap { $0 }
            #expect(actual.count == flat.count, "\(name)")
            for (a, e) in zip(actual, flat) {
                #expect(abs(a - e) <= 1e-9 * max(1, abs(e)), "∂L/∂\(name): \(a) vs \(e)")
            }
        }
    }
}
