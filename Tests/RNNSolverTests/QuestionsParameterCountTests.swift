import RNNMath
import RNNRubric
import Testing
@testable import RNNSolver

/// Parameter counts: every row of the docs/conventions.md table, then hand-computed cases.
struct QuestionsParameterCountTests {
    /// One row: the arguments of `ParameterCount.count` and the expected count.
    struct Row: Sendable, CustomTestStringConvertible {
        var title: String
        var cell: CellKind
        var convention: CellConvention
        var input: Int
        var hidden: Int
        var layers = 1
        var bidirectional = false
        var bias = true
        var projSize = 0
        var output = 0
        var resetAfter = true
        var expected: Int
        var testDescription: String { title }
    }

    // MARK: The table in docs/conventions.md, "Parameter counts"
    static let conventionsTable: [Row] = [
        Row(title: "PyTorch RNN(10,20)", cell: .elman, convention: .pytorch, input: 10, hidden: 20, expected: 640),
        Row(title: "PyTorch RNN(10,20, bias=False)", cell: .elman, convention: .pytorch, input: 10, hidden: 20, bias: false, expected: 600),
        Row(title: "PyTorch LSTM(10,20, num_layers=2)", cell: .lstm, convention: .pytorch, input: 10, hidden: 20, layers: 2, expected: 5920),
        Row(title: "PyTorch GRU(10,20, bidirectional)", cell: .gru, convention: .pytorch, input: 10, hidden: 20, bidirectional: true, expected: 3840),
        Row(title: "PyTorch LSTM(10,20,2, bidirectional)", cell: .lstm, convention: .pytorch, input: 10, hidden: 20, layers: 2, bidirectional: true, expected: 15040),
        Row(title: "PyTorch LSTM(10,20, proj_size=5)", cell: .lstm, convention: .pytorch, input: 10, hidden: 20, projSize: 5, expected: 1460),
        Row(title: "Keras LSTM(20) on 10 inputs", cell: .lstm, convention: .keras, input: 10, hidden: 20, expected: 2480),
        Row(title: "Keras GRU(20) on 10 inputs, reset_after=True", cell: .gru, convention: .keras, input: 10, hidden: 20, resetAfter: true, expected: 1920),
        Row(title: "Keras GRU(20) on 10 inputs, reset_after=False", cell: .gru, convention: .keras, input: 10, hidden: 20, resetAfter: false, expected: 1860),
        // n² + nm + nk with n = 4, m = 3, k = 2: 16 + 12 + 8.
        Row(title: "Textbook Elman without biases, n=4, m=3, k=2", cell: .elman, convention: .textbook, input: 3, hidden: 4, bias: false, output: 2, expected: 36),
    ]

    @Test(arguments: conventionsTable) func conventionsTableRow(_ row: Row) throws {
        #expect(try count(row) == row.expected)
    }

    // MARK: Hand-computed
    static let handComputed: [Row] = [
        // 36 + n + k = 36 + 4 + 2.
        Row(title: "Textbook Elman with biases, n=4, m=3, k=2", cell: .elman, convention: .textbook, input: 3, hidden: 4, output: 2, expected: 42),
        // Keras SimpleRNN(20) on 10: 10·20 + 20·20 + 20.
        Row(title: "Keras SimpleRNN(20) on 10 inputs", cell: .elman, convention: .keras, input: 10, hidden: 20, expected: 620),
        // 60·(10 + 20) + 2·60.
        Row(title: "PyTorch GRU(10,20)", cell: .gru, convention: .pytorch, input: 10, hidden: 20, expected: 1920),
        // Layer 0: 1460; layer 1 (input R = 5): 80·(5 + 5) + 160 + 5·20 = 1060.
        Row(title: "PyTorch LSTM(10,20, num_layers=2, proj_size=5)", cell: .lstm, convention: .pytorch, input: 10, hidden: 20, layers: 2, projSize: 5, expected: 2520),
        // 4·(3·2 + 3·3 + 3) + 3·3 peepholes.
        Row(title: "Peephole LSTM, I=2, H=3", cell: .lstm, convention: .peephole, input: 2, hidden: 3, expected: 81),
        // Chung GRU: 3·(3·2 + 3·3 + 3), as the textbook GRU.
        Row(title: "Chung GRU, I=2, H=3", cell: .gru, convention: .chung, input: 2, hidden: 3, expected: 54),
        // Bidirectional Keras GRU(20), reset_after: 2·1920.
        Row(title: "Keras bidirectional GRU(20) on 10 inputs", cell: .gru, convention: .keras, input: 10, hidden: 20, bidirectional: true, expected: 3840),
        // PyTorch RNN(10,20) + Linear(20, 5): 640 + 100 + 5.
        Row(title: "PyTorch RNN(10,20) with an output layer of 5", cell: .elman, convention: .pytorch, input: 10, hidden: 20, output: 5, expected: 745),
    ]

    @Test(arguments: handComputed) func handComputedRow(_ row: Row) throws {
        #expect(try count(row) == row.expected)
    }

    // MARK: Bad input
    static let rejected: [Row] = [
        Row(title: "proj_size equal to hidden", cell: .lstm, convention: .pytorch, input: 10, hidden: 20, projSize: 20, expected: 0),
        Row(title: "proj_size on a GRU", cell: .gru, convention: .pytorch, input: 10, hidden: 20, projSize: 5, expected: 0),
        Row(title: "proj_size in Keras", cell: .lstm, convention: .keras, input: 10, hidden: 20, projSize: 5, expected: 0),
        Row(title: "chung LSTM", cell: .lstm, convention: .chung, input: 10, hidden: 20, expected: 0),
        Row(title: "peephole GRU", cell: .gru, convention: .peephole, input: 10, hidden: 20, expected: 0),
        Row(title: "hidden size 0", cell: .elman, convention: .pytorch, input: 10, hidden: 0, expected: 0),
        Row(title: "no layers", cell: .elman, convention: .pytorch, input: 10, hidden: 20, layers: 0, expected: 0),
        Row(title: "negative output", cell: .elman, convention: .textbook, input: 10, hidden: 20, output: -1, expected: 0),
    ]

    @Test(arguments: rejected) func rejectedRow(_ row: Row) {
        #expect(throws: MathError.self) { try count(row) }
    }

    @Test func rejectionSaysWhy() {
        #expect(throws: MathError.domain(operation: "parameter count", detail: "proj_size must be smaller than hidden (got 20 ≥ 20)")) {
            try ParameterCount.count(cell: .lstm, convention: .pytorch, input: 10, hidden: 20, projSize: 20)
        }
    }

    @Test func hugeSizesOverflowWithoutTrapping() {
        #expect(throws: MathError.overflow(operation: "parameter count")) {
            try ParameterCount.count(cell: .lstm, convention: .pytorch, input: Int.max / 2, hidden: Int.max / 2)
        }
    }

    @Test func manyLayersAreCountedByFormula() throws {
        // 10⁹ PyTorch RNN(20, 20) layers: 10⁹ · (20·40 + 40) without looping over the layers.
        #expect(try ParameterCount.count(cell: .elman, convention: .pytorch, input: 20, hidden: 20, layers: 1_000_000_000)
                == 840_000_000_000)
    }

    @Test func namesFromTheRubric() throws {
        #expect(try CellKind.named("rnn") == .elman)
        #expect(try CellConvention.named("chung") == .chung)
        #expect(throws: MathError.self) { try CellKind.named("transformer") }
    }

    private func count(_ row: Row) throws -> Int {
        try ParameterCount.count(cell: row.cell, convention: row.convention, input: row.input, hidden: row.hidden,
                                 layers: row.layers, bidirectional: row.bidirectional, bias: row.bias,
                                 projSize: row.projSize, output: row.output, resetAfter: row.resetAfter)
    }
}
