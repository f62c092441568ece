import RNNMath
import RNNRubric
import Testing
@testable import RNNSolver

/// Steps worked by hand, output names, and bad input.
struct CellsStepTests {
    func matrix(_ rows: [[Int]]) throws -> Matrix { try Matrix(exact: rows.map { $0.map { Rational($0) } }) }

    /// PyTorch Elman with relu, by hand: W_ih = [2], W_hh = [3], b_ih = [1], b_hh = [−4], h₀ = [1]:
    /// x = 1: 2 + 1 + 3 − 4 = 2 → relu 2;  then x = −1: −2 + 1 + 6 − 4 = 1 → 1;  x = −3: −6 + 1 + 3 − 4 = −6 → 0.
    @Test func reluElmanStaysExact() throws {
        let cell = try PresetCell(kind: .elman, convention: .pytorch, input: 1, hidden: 1, elmanActivation: .relu)
        let params = ["weight_ih": try matrix([[2]]), "weight_hh": try matrix([[3]]),
                      "bias_ih": try matrix([[1]]), "bias_hh": try matrix([[-4]])]
        var h = try matrix([[1]])
        var trace: [Matrix] = []
        for x in [1, -1, -3] {
            h = try #require(try cell.step(x: try matrix([[x]]), state: ["h": h], params: params)["h"])
            trace.append(h)
        }
        let expected = [try matrix([[2]]), try matrix([[1]]), try matrix([[0]])]
        #expect(trace == expected)
        #expect(trace.allSatisfy { $0.isExact })
    }

    @Test(arguments: [
        (CellKind.lstm, CellConvention.pytorch, ["h", "c", "gate_i", "gate_f", "gate_g", "gate_o"]),
        (.lstm, .keras, ["h", "c", "gate_i", "gate_f", "gate_c", "gate_o"]),
        (.gru, .pytorch, ["h", "gate_r", "gate_z", "gate_n"]),
        (.gru, .chung, ["h", "gate_z", "gate_r", "gate_h"]),
        (.elman, .textbook, ["h"]),
    ])
    func stepReturnsTheCatalogNames(kind: CellKind, convention: CellConvention, names: [String]) throws {
        let cell = try PresetCell(kind: kind, convention: convention, input: 1, hidden: 1)
        var params: [String: Matrix] = [:]
        for parameter in cell.parameters {
            params[parameter.name] = Matrix.zeros(parameter.rows, parameter.cols)
        }
        let state = Dictionary(uniqueKeysWithValues: cell.stateNames.map { ($0, Matrix.zeros(1, 1)) })
        let outputs = try cell.step(x: Matrix.zeros(1, 1), state: state, params: params)
        #expect(cell.outputNames == names)
        #expect(Set(outputs.keys) == Set(names))
    }

    @Test func badInputIsReported() throws {
        let cell = try PresetCell(kind: .lstm, convention: .textbook, input: 2, hidden: 1)
        var params: [String: Matrix] = [:]
        for parameter in cell.parameters {
            params[parameter.name] = Matrix.zeros(parameter.rows, parameter.cols)
        }
        let state = ["h": Matrix.zeros(1, 1), "c": Matrix.zeros(1, 1)]
        #expect(throws: MathError.domain(operation: "LSTM (textbook)", detail: "the input x must be 2×1 but it is 1×1")) {
            try cell.step(x: Matrix.zeros(1, 1), state: state, params: params)
        }
        #expect(throws: MathError.domain(operation: "LSTM (textbook)", detail: "the state c is missing")) {
            try cell.step(x: Matrix.zeros(2, 1), state: ["h": Matrix.zeros(1, 1)], params: params)
        }
        params["U_o"] = nil
        #expect(throws: MathError.domain(operation: "LSTM (textbook)", detail: "parameter U_o (1×1) is missing")) {
            try cell.step(x: Matrix.zeros(2, 1), state: state, params: params)
        }
    }

    @Test func conventionsOutsideTheirCellAreRejected() throws {
        #expect(throws: MathError.domain(operation: "cell", detail: "the chung convention describes a GRU only, not lstm")) {
            try PresetCell(kind: .lstm, convention: .chung, input: 1, hidden: 1)
        }
        #expect(throws: MathError.self) { try PresetCell(kind: .gru, convention: .peephole, input: 1, hidden: 1) }
        #expect(throws: MathError.self) { try PresetCell(kind: .gru, convention: .pytorch, input: 0, hidden: 1) }
    }
}
