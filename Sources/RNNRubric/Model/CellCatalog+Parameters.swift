import RNNMath

/// The parameters of a preset cell, with shapes in terms of the input size I, the hidden size H,
/// the recurrent width R (= H) and the gate count G (1 Elman, 3 GRU, 4 LSTM):
///
/// - `pytorch`: stacked `weight_ih` (G·H×I), `weight_hh` (G·H×R), `bias_ih`, `bias_hh` (G·H×1);
/// - `keras`: `kernel` (I×G·H), `recurrent_kernel` (R×G·H), one `bias` (1×G·H; 2×3H for a GRU
///   with `reset_after`);
/// - `textbook`, `chung`, `peephole`: per gate `W_<gate>` (H×I), `U_<gate>` (H×R), `b_<gate>`
///   (H×1); `peephole` adds the diagonals `p_i`, `p_f`, `p_o` (H×1).
///
///     CellCatalog.parameters(.gru, .pytorch, input: 2, hidden: 3).map(\.name)
///     // ["weight_ih", "weight_hh", "bias_ih", "bias_hh"], the first 9×2
///     try CellCatalog.parameterCount(.lstm, .pytorch, sizes: .init(input: 10, hidden: 20))
///     // 4·20·(10 + 20) + 2·4·20 = 2560
extension CellCatalog {
    /// A parameter of a preset cell with its shape.
    package struct Parameter: Sendable, Hashable {
        /// The name rubric expressions use, `weight_ih` or `W_f`.
        package var name: String
        /// Its number of rows.
        package var rows: Int
        /// Its number of columns.
        package var cols: Int
    }

    /// A parameter with its shape in terms of I, H and R.
    package struct ParameterShape: Sendable, Hashable {
        /// The name rubric expressions use.
        package var name: String
        /// The height, `G·H` for a stacked PyTorch matrix.
        package var rows: Extent
        /// The width.
        package var cols: Extent
        /// Whether it is a bias (the parameters a layer without biases lacks).
        package var isBias: Bool

        /// The parameter at `sizes`.
        package func parameter(at sizes: Sizes) -> Parameter {
            Parameter(name: name, rows: rows.factor * sizes[rows.dimension], cols: cols.factor * sizes[cols.dimension])
        }

        /// Its number of elements at `sizes`, `rows · cols`.
        ///
        /// - Throws: `MathError.overflow` (operation `"parameter count"`) when that exceeds `Int`.
        package func count(at sizes: Sizes) throws(MathError) -> Int {
            try Int.checkedProduct([rows.factor, sizes[rows.dimension], cols.factor, sizes[cols.dimension]],
                                   operation: "parameter count")
        }
    }

    /// The parameter shapes of `kind` in `convention`, in the convention's order; `resetAfter`
    /// is Keras GRU's `reset_after` (two bias rows); `biases` overrides the convention's own
    /// number of biases (PyTorch with one: a single `bias`; Keras with two: a 2-row `bias`).
    package static func parameterShapes(_ kind: CellKind, _ convention: CellConvention,
                                       resetAfter: Bool = true, biases: CellBiases? = nil) -> [ParameterShape] {
        let gateNames = gates(kind, convention)
        let stacked = Extent(gateNames.count, .hidden)
        let (one, input, hidden, recurrent) = (Extent(1, .one), Extent(1, .input), Extent(1, .hidden), Extent(1, .recurrent))
        switch convention {
        case .pytorch:
            let weights = [ParameterShape(name: "weight_ih", rows: stacked, cols: input, isBias: false),
                           ParameterShape(name: "weight_hh", rows: stacked, cols: recurrent, isBias: false)]
            if biases == .one { return weights + [ParameterShape(name: "bias", rows: stacked, cols: one, isBias: true)] }
            return weights + [ParameterShape(name: "bias_ih", rows: stacked, cols: one, isBias: true),
                              ParameterShape(name: "bias_hh", rows: stacked, cols: one, isBias: true)]
        case .keras:
            let twoRows = biases.map { $0 == .two } ?? (kind == .gru && resetAfter)
            let biasRows = Extent(twoRows ? 2 : 1, .one)
            return [ParameterShape(name: "kernel", rows: input, cols: stacked, isBias: false),
                    ParameterShape(name: "recurrent_kernel", rows: recurrent, cols: stacked, isBias: false),
                    ParameterShape(name: "bias", rows: biasRows, cols: stacked, isBias: true)]
        case .textbook, .chung, .peephole:
            let perGate = gateNames.flatMap { gate in
                [ParameterShape(name: "W_" + gate, rows: hidden, cols: input, isBias: false),
                 ParameterShape(name: "U_" + gate, rows: hidden, cols: recurrent, isBias: false),
                 ParameterShape(name: "b_" + gate, rows: hidden, cols: one, isBias: true)]
            }
            return perGate + peepholeGates(kind, convention).map {
                ParameterShape(name: "p_" + $0, rows: hidden, cols: one, isBias: false)
            }
        }
    }

    /// The parameters of a cell with input size `input` and hidden size `hidden`.
    package static func parameters(_ kind: CellKind, _ convention: CellConvention, input: Int, hidden: Int,
                                  resetAfter: Bool = true, biases: CellBiases? = nil) -> [Parameter] {
        let sizes = Sizes(input: input, hidden: hidden)
        return parameterShapes(kind, convention, resetAfter: resetAfter, biases: biases).map { $0.parameter(at: sizes) }
    }

    /// The number of parameters of one cell at `sizes`: the sum of its shapes' element counts,
    /// without the biases when `bias` is false.
    ///
    /// - Throws: `MathError.overflow` (operation `"parameter count"`) when the count exceeds `Int`.
    package static func parameterCount(_ kind: CellKind, _ convention: CellConvention, sizes: Sizes,
                                      bias: Bool = true, resetAfter: Bool = true) throws(MathError) -> Int {
        var counts: [Int] = []
        for shape in parameterShapes(kind, convention, resetAfter: resetAfter) where bias || !shape.isBias {
            counts.append(try shape.count(at: sizes))
        }
        return try Int.checkedSum(counts, operation: "parameter count")
    }
}
