import RNNMath
import RNNRubric

/// Numbers of trainable parameters of recurrent layers, as each framework or textbook counts them.
///
/// With G = 1 (Elman), 3 (GRU), 4 (LSTM), D = 2 when bidirectional, β = 1 with biases,
/// R = proj_size or H (π = 1 when proj_size > 0), and layer input I₀ = I, Iₗ = D·R for l ≥ 1,
/// one direction of layer l has the catalogue's parameters of one cell at input Iₗ and recurrent
/// width R (`CellCatalog.parameterCount`) plus PyTorch's projection:
/// - pytorch: `G·H·(Iₗ + R) + 2β·G·H + π·P·H` (two biases, `weight_hr` of P×H);
/// - keras: `G·H·(Iₗ + H) + β·G·H`, with two bias rows for a GRU with `reset_after`;
/// - textbook, chung, peephole: `G·(H·Iₗ + H·H + β·H)`, plus 3H peephole weights for `peephole`.
/// An output layer of size k on the last layer adds `k·D·R + β·k`.
///
///     try ParameterCount.count(cell: .lstm, convention: .pytorch, input: 10, hidden: 20, layers: 2)  // 5920
///     try ParameterCount.count(cell: .elman, convention: .textbook, input: 3, hidden: 4,
///                              bias: false, output: 2)                                            // 16 + 12 + 8
///
/// Source: PyTorch `torch/nn/modules/rnn.py` (`RNNBase.__init__`: `w_ih` is gate_size × layer_input_size,
/// `w_hh` gate_size × real_hidden_size, `w_hr` proj_size × hidden_size); Keras `lstm.py`, `gru.py`
/// (`build`: bias `(2, 3·units)` when `reset_after`). See also docs/conventions.md, "Parameter counts".
package enum ParameterCount {
    /// The parameter count of a (possibly stacked, bidirectional) recurrent layer.
    ///
    /// - Parameters:
    ///   - input: input size I (≥ 1); `hidden`: hidden size H (≥ 1); `layers`: L (≥ 1).
    ///   - projSize: PyTorch LSTM `proj_size` (0 = none, else 0 < P < H); other cells need 0.
    ///   - output: size k of a dense output layer on top (0 = none).
    ///   - resetAfter: Keras GRU `reset_after` (two bias rows); ignored elsewhere.
    /// - Throws: `MathError.domain` for a size out of range, a projection outside a PyTorch LSTM,
    ///   or a convention the cell does not have; `MathError.overflow` when the count exceeds `Int`.
    package static func count(cell: CellKind, convention: CellConvention, input: Int, hidden: Int,
                             layers: Int = 1, bidirectional: Bool = false, bias: Bool = true,
                             projSize: Int = 0, output: Int = 0, resetAfter: Bool = true) throws(MathError) -> Int {
        var total = 0
        for term in try terms(cell: cell, convention: convention, input: input, hidden: hidden, layers: layers,
                              bidirectional: bidirectional, bias: bias, projSize: projSize, output: output,
                              resetAfter: resetAfter) {
            total = try sum(total, term.count)
        }
        return total
    }

    /// The parts of ``count(cell:convention:input:hidden:layers:bidirectional:bias:projSize:output:resetAfter:)``,
    /// for worked keys: the first layer, the later layers, and the output layer (each only when present).
    package static func terms(cell: CellKind, convention: CellConvention, input: Int, hidden: Int,
                             layers: Int = 1, bidirectional: Bool = false, bias: Bool = true,
                             projSize: Int = 0, output: Int = 0, resetAfter: Bool = true) throws(MathError) -> [(label: String, count: Int)] {
        try convention.check(cell)
        try requireDomain(input >= 1, "parameter count", "the input size must be at least 1 (got \(input))")
        try requireDomain(hidden >= 1, "parameter count", "the hidden size must be at least 1 (got \(hidden))")
        try requireDomain(layers >= 1, "parameter count", "the number of layers must be at least 1 (got \(layers))")
        try requireDomain(output >= 0, "parameter count", "the output size must not be negative (got \(output))")
        try requireDomain(projSize >= 0, "parameter count", "proj_size must not be negative (got \(projSize))")
        if projSize > 0 {
            try requireDomain(cell == .lstm && convention == .pytorch, "parameter count", "proj_size exists only for a PyTorch LSTM")
            try requireDomain(projSize < hidden, "parameter count", "proj_size must be smaller than hidden (got \(projSize) ≥ \(hidden))")
        }
        let directions = bidirectional ? 2 : 1
        let realHidden = projSize > 0 ? projSize : hidden
        let firstLayer = try perDirection(cell: cell, convention: convention, input: input, hidden: hidden,
                                          bias: bias, projSize: projSize, resetAfter: resetAfter)
        let laterLayer = try perDirection(cell: cell, convention: convention, input: try product(directions, realHidden),
                                          hidden: hidden, bias: bias, projSize: projSize, resetAfter: resetAfter)
        let side = bidirectional ? " (both directions)" : ""
        var terms = [(label: "layer 1\(side)", count: try product(directions, firstLayer))]
        if layers > 1 { terms.append((label: (layers == 2 ? "layer 2" : "layers 2–\(layers)") + side, count: try product(layers - 1, directions, laterLayer))) }
        if output > 0 { terms.append((label: "output layer", count: try sum(try product(output, directions, realHidden), bias ? output : 0))) }
        return terms
    }

    /// One direction of one layer whose input has `input` features: the catalogue's parameters
    /// of one cell (``CellCatalog/parameterCount(_:_:sizes:bias:resetAfter:)``, with the recurrent
    /// width R = proj_size when set), plus PyTorch's projection `weight_hr` (P×H).
    private static func perDirection(cell: CellKind, convention: CellConvention, input: Int, hidden: Int,
                                     bias: Bool, projSize: Int, resetAfter: Bool) throws(MathError) -> Int {
        let sizes = CellCatalog.Sizes(input: input, hidden: hidden, recurrent: projSize > 0 ? projSize : hidden)
        let cellCount = try CellCatalog.parameterCount(cell, convention, sizes: sizes, bias: bias, resetAfter: resetAfter)
        return try sum(cellCount, try product(projSize, hidden))
    }

    /// `a · b · …` without overflow.
    private static func product(_ factors: Int...) throws(MathError) -> Int {
        try Int.checkedProduct(factors, operation: "parameter count")
    }

    /// `a + b + …` without overflow.
    private static func sum(_ terms: Int...) throws(MathError) -> Int {
        try Int.checkedSum(terms, operation: "parameter count")
    }
}
