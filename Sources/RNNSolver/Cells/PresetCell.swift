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

    /// A cell of `kind` in `convention` with input size `input` and hidden size `hidden`.
    ///
    /// - Throws: `MathError.domain` for a size below 1 or a convention the kind does not have
    ///   (`chung` is GRU-only, `peephole` LSTM-only).
    package init(kind: CellKind, convention: CellConvention, input: Int, hidden: Int,
                resetAfter: Bool = true) throws(MathError) {
        try convention.check(kind)
        guard input >= 1, hidden >= 1 else {
            throw .domain(operation: "cell", detail: "input and hidden sizes must be at least 1 (got \(input) and \(hidden))")
        }
        self.kind = kind
        self.convention = convention
        self.inputSize = input
        self.hiddenSize = hidden
        self.resetAfter = resetAfter
    }

    /// The cell a rubric's `<cell>` element describes.
    ///
    /// - Throws: `MathError.domain` for a convention the kind does not have, or missing sizes.
    package init(_ spec: CellSpec) throws(MathError) {
        guard let input = spec.inputSize, let hidden = spec.hiddenSize else {
            throw .domain(operation: "cell", detail: "the \(spec.kind.rawValue) cell needs both an input size and a hidden size")
        }
        try self.init(kind: spec.kind, convention: spec.convention, input: input, hidden: hidden, resetAfter: spec.resetAfter)
    }

    /// Gate names in the convention's stacking order (`CellCatalog.gates`).
    package var gates: [String] { CellCatalog.gates(kind, convention) }

    /// The parameters with their shapes (`CellCatalog.parameters`).
    package var parameters: [CellCatalog.Parameter] {
        CellCatalog.parameters(kind, convention, input: inputSize, hidden: hiddenSize, resetAfter: resetAfter)
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
