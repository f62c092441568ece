import RNNMath
import Testing
@testable import RNNSolver

/// Slicing and joining move elements without arithmetic: exact values stay exact, and the
/// gradient lands where each element came from. Expected values are read off the inputs by hand.
@Suite struct EngineBlockTests {
    private func exact(_ rows: [[Int]]) throws -> Matrix {
        try Matrix(exact: rows.map { $0.map { Rational($0) } })
    }

    @Test func sliceTakesTheBlockAndReturnsTheGradientToIt() throws {
        let g = Graph()
        let a = g.leaf(try exact([[1, 2, 3], [4, 5, 6], [7, 8, 9]]), name: "a")
        let block = try g.slice(a, rows: 1..<3, cols: 0..<2)
        #expect(g.value(block) == (try exact([[4, 5], [7, 8]])))
        // L = 1·4 + 2·5 + 3·7 + 4·8: ∂L/∂a has the weights where the block was, zeros elsewhere.
        let loss = try g.sum(try g.hadamard(block, g.constant(try exact([[1, 2], [3, 4]]), label: "w")))
        #expect(g.value(loss) == .scalar(Scalar(4 + 10 + 21 + 32)))
        #expect(try g.backward(from: loss)[a] == (try exact([[0, 0, 0], [1, 2, 0], [3, 4, 0]])))
    }

    @Test func concatenationStacksAndSplitsTheGradient() throws {
        let g = Graph()
        let top = g.leaf(try exact([[1, 2]]), name: "top")
        let bottom = g.leaf(try exact([[3, 4], [5, 6]]), name: "bottom")
        let stacked = try g.concatenate([top, bottom], along: .vertical)
        #expect(g.value(stacked) == (try exact([[1, 2], [3, 4], [5, 6]])))
        let side = try g.concatenate([bottom, g.constant(try exact([[7], [8]]), label: "c")], along: .horizontal)
        #expect(g.value(side) == (try exact([[3, 4, 7], [5, 6, 8]])))
        let loss = try g.sum(try g.hadamard(stacked, g.constant(try exact([[1, 10], [100, 1000], [2, 20]]), label: "w")))
        let gradients = try g.backward(from: loss)
        #expect(gradients[top] == (try exact([[1, 10]])))
        #expect(gradients[bottom] == (try exact([[100, 1000], [2, 20]])))
    }

    @Test func badBlocksAreErrorsNamingTheRange() throws {
        let g = Graph()
        let a = g.constant(try exact([[1, 2], [3, 4]]), label: "a")
        #expect(throws: GraphError.self) { try g.slice(a, rows: 1..<3, cols: 0..<1) }
        #expect(throws: GraphError.self) { try g.concatenate([a, g.constant(try exact([[1, 2, 3]]), label: "r")], along: .vertical) }
        do {
            _ = try g.slice(a, rows: 0..<1, cols: 2..<3)
            Issue.record("a slice outside the matrix was accepted")
        } catch {
            #expect("\(error)".contains("columns 3…3 do not lie within 1…2"))
        }
    }
}
