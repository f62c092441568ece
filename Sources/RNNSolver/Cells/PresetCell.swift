import RNNMath
import RNNRubric

/// A preset recurrent cell (Elman, LSTM or GRU in one convention) that the solver can unroll:
/// its parameter names and shapes (from `CellCatalog`), its per-gate weight slices, and one time
/// step, forward over `Matrix` values or recorded on a `Graph` for gradients.
///
///     let cell = try PresetCell(kind: .gru, convention: .pytorch, input: 2, hidden: 3)
///     cell.parameters.map(\.name)   // ["weight_ih", "weight_hh", "bias_ih", "bias_hh"]
///     try cell.step(x: x, state: ["h": h0], params: params)
///     // ["h": h₁, "gate_r": r₁, "gate_z": z₁, "gate_n": n₁]
///
/// The equations per convention are in docs/conventions.md (sources: PyTorch `torch/nn/modules/rnn.py`,
/// Keras `keras/src/layers/rnn/lstm.py` and `gru.py`, Cho et al. 2014, Chung et al. 2014,
/// Graves 2013 eqs. 7–11).
package struct PresetCell: Sendable, Hashable {
    /// Elman, LSTM or GRU.
    package let kind: CellKind
    /// Whose equations and parameter layout.
    package let convention: CellConvention
    /// Input size I (≥ 1).
    package let inputSize: Int
    /// Hidden size H (≥ 1).
    package let hiddenSize: Int
    /// Keras GRU `reset_after` (reset applied after the matmul, two bias rows); PyTorch GRUs
    /// always reset after and textbook/chung GRUs always before, whatever this says.
    package let resetAfter: Bool
    /// The order the gates are stacked in the stored matrices (the convention's unless the
    /// rubric gives `gate-order`); the equations use gates by name, whatever their place.
    package let stackingOrder: [String]
    /// The number of biases per gate when the rubric overrides the convention's.
    package let biases: CellBiases?
    /// Whether `x` and the states are columns (I×N, H×N) or rows (N×I, N×H).
    package let layout: CellLayout

    /// A cell of `kind` in `convention` with input size `input` and hidden size `hidden`.
    ///
    /// - Throws: `MathError.domain` for a size below 1 or a convention the kind does not have
    ///   (`chung` is GRU-only, `peephole` LSTM-only).
    /// `gateOrder` (nil: the convention's), `biases` (nil: the convention's) and `layout` are
    /// the rubric's preset options (``CellOptions``).
    ///
    /// - Throws: `MathError.domain` for a size below 1, a convention the kind does not have
    ///   (`chung` is GRU-only, `peephole` LSTM-only), or a gate order that is not a permutation
    ///   of the convention's gates.
    package init(kind: CellKind, convention: CellConvention, input: Int, hidden: Int,
                resetAfter: Bool = true, gateOrder: [String]? = nil, biases: CellBiases? = nil,
                layout: CellLayout = .columns) throws(MathError) {
        try convention.check(kind)
        guard input >= 1, hidden >= 1 else {
            throw .domain(operation: "cell", detail: "input and hidden sizes must be at least 1 (got \(input) and \(hidden))")
        }
        let gates = CellCatalog.gates(kind, convention)
        if let gateOrder, gateOrder.sorted() != gates.sorted() {
            throw .domain(operation: "cell", detail: "the gate order \(gateOrder.joined(separator: ",")) is not a permutation of \(gates.joined(separator: ","))")
        }
        if let biases, !CellCatalog.allowedBiases(convention).contains(biases) {
            throw .domain(operation: "cell", detail: "the \(convention.rawValue) convention has one bias per gate, not \(biases.rawValue)")
        }
        self.kind = kind
        self.convention = convention
        self.inputSize = input
        self.hiddenSize = hidden
        self.resetAfter = resetAfter
        self.stackingOrder = gateOrder ?? gates
        self.biases = biases
        self.layout = layout
    }

    /// Layer `layer` (from 0) of the cell a rubric's `<model cell="…">` describes: layers after
    /// the first read the hidden state below them, so their input size is H.
    ///
    /// - Throws: `MathError.domain` for a convention the kind does not have, or missing sizes.
    package init(_ spec: CellSpec, layer: Int = 0) throws(MathError) {
        guard let input = spec.inputSize, let hidden = spec.hiddenSize else {
            throw .domain(operation: "cell", detail: "the \(spec.kind.rawValue) cell needs both an input size and a hidden size")
        }
        try self.init(kind: spec.kind, convention: spec.convention, input: layer == 0 ? input : hidden, hidden: hidden,
                      resetAfter: spec.resetAfter, gateOrder: spec.options.gateOrder, biases: spec.options.biases,
                      layout: spec.options.layout)
    }

    /// Gate names in the convention's own order (`CellCatalog.gates`), which gives each gate
    /// its role (the LSTM's input, forget, candidate and output gates in that order).
    package var gates: [String] { CellCatalog.gates(kind, convention) }

    /// The parameters with their shapes (`CellCatalog.parameters`).
    package var parameters: [CellCatalog.Parameter] {
        CellCatalog.parameters(kind, convention, input: inputSize, hidden: hiddenSize, resetAfter: resetAfter, biases: biases)
    }

    /// The names a step returns: `h`, then `c` for an LSTM, then `gate_<name>` per gate
    /// (`CellCatalog.timeIndexedNames`; an Elman cell returns `h` only).
    package var outputNames: [String] {
        CellCatalog.timeIndexedNames(kind, convention)
    }

    /// The states a step reads and writes: `h`, and `c` for an LSTM.
    package var stateNames: [String] { CellCatalog.stateNames(kind) }

    /// Whether the GRU candidate applies the reset gate after the recurrent matmul,
    /// `r⊙(U·h + b)` (PyTorch, Keras `reset_after`), rather than before, `U·(r⊙h)`.
    var resetsAfterMatmul: Bool {
        switch convention {
        case .pytorch: true
        case .keras: resetAfter
        case .textbook, .chung, .peephole: false
        }
    }

    /// A label for messages, `"LSTM (pytorch)"`.
    var label: String { "\(kind == .elman ? "Elman" : kind.rawValue.uppercased()) (\(convention.rawValue))" }
}
