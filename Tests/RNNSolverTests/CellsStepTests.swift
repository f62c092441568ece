import RNNMath
import RNNRubric
import Testing
@testable import RNNSolver

/// Steps worked by hand, output names, and bad input.
struct CellsStepTests {
    func matrix(_ rows: [[Int]]) throws -> Matrix { try Matrix(exact: rows.map { $0.map { Rational($0) } }) }

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
