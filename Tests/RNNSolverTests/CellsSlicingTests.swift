import RNNMath
import Testing
@testable import RNNSolver

/// Per-gate slices of stacked parameters, worked by hand on small integer matrices.
struct CellsSlicingTests {
    func matrix(_ rows: [[Int]]) throws -> Matrix { try Matrix(exact: rows.map { $0.map { Rational($0) } }) }

    @Test func pytorchGRUTakesRowBlocksInOrderRZN() throws {
        // H = 2, I = 1: weight_ih = [1; 2; 3; 4; 5; 6] → r = [1; 2], z = [3; 4], n = [5; 6].
        let cell = try PresetCell(kind: .gru, convention: .pytorch, input: 1, hidden: 2)
        let params = ["weight_ih": try matrix([[1], [2], [3], [4], [5], [6]]),
                      "weight_hh": try matrix((1...6).map { [10 * $0, 10 * $0 + 1] }),
                      "bias_ih": try matrix([[-1], [-2], [-3], [-4], [-5], [-6]]),
                      "bias_hh": try matrix([[7], [8], [9], [10], [11], [12]])]
        let gates = try cell.gateWeights(params)
        #expect(try #require(gates["z"]).input == (try matrix([[3], [4]])))
        #expect(try #require(gates["n"]).recurrent == (try matrix([[50, 51], [60, 61]])))
        #expect(try #require(gates["r"]).inputBias == (try matrix([[-1], [-2]])))
        #expect(try #require(gates["n"]).recurrentBias == (try matrix([[11], [12]])))
        #expect(try #require(gates["z"]).input.isExact)
    }

    @Test func kerasLSTMTakesTransposedColumnBlocks() throws {
        // H = 1, I = 2: kernel = [1 2 3 4; 5 6 7 8] → W_f = [2 6] (column 2, transposed).
        let cell = try PresetCell(kind: .lstm, convention: .keras, input: 2, hidden: 1)
        let params = ["kernel": try matrix([[1, 2, 3, 4], [5, 6, 7, 8]]),
                      "recurrent_kernel": try matrix([[9, 10, 11, 12]]),
                      "bias": try matrix([[13, 14, 15, 16]])]
        let gates = try cell.gateWeights(params)
        let f = try #require(gates["f"])
        #expect(f.input == (try matrix([[2, 6]])))
        #expect(f.recurrent == (try matrix([[10]])))
        #expect(f.inputBias == (try matrix([[14]])))
        #expect(f.recurrentBias == nil)
        #expect(try #require(gates["c"]).input == (try matrix([[3, 7]])))
    }

    @Test func kerasGRUResetAfterSplitsTheTwoBiasRows() throws {
        // bias = [1 2 3; 4 5 6] with H = 1, order z, r, h: row 0 is the input bias, row 1 the recurrent one.
        let cell = try PresetCell(kind: .gru, convention: .keras, input: 1, hidden: 1, resetAfter: true)
        let params = ["kernel": try matrix([[1, 2, 3]]), "recurrent_kernel": try matrix([[4, 5, 6]]),
                      "bias": try matrix([[1, 2, 3], [4, 5, 6]])]
        let gates = try cell.gateWeights(params)
        #expect(try #require(gates["h"]).inputBias == (try matrix([[3]])))
        #expect(try #require(gates["h"]).recurrentBias == (try matrix([[6]])))
        #expect(try #require(gates["z"]).recurrentBias == (try matrix([[4]])))
    }

    @Test func peepholeGatesCarryTheirDiagonals() throws {
        let cell = try PresetCell(kind: .lstm, convention: .peephole, input: 1, hidden: 1)
        var params: [String: Matrix] = [:]
        for (index, parameter) in cell.parameters.enumerated() {
            params[parameter.name] = try matrix([[index]])
        }
        let gates = try cell.gateWeights(params)
        #expect(try #require(gates["o"]).peephole == params["p_o"])
        #expect(try #require(gates["g"]).peephole == nil)
        #expect(try #require(gates["i"]).input == params["W_i"])
    }

    @Test func misshapenParameterIsNamed() throws {
        let cell = try PresetCell(kind: .gru, convention: .keras, input: 1, hidden: 1, resetAfter: false)
        let params = ["kernel": try matrix([[1, 2, 3]]), "recurrent_kernel": try matrix([[4, 5, 6]]),
                      "bias": try matrix([[1, 2, 3], [4, 5, 6]])]
        #expect(throws: MathError.domain(operation: "GRU (keras)",
                                         detail: "parameter bias must be 1×3 for input size 1 and hidden size 1, but it is 2×3")) {
            try cell.gateWeights(params)
        }
    }
}
