import RNNMath

/// Whose equations and parameter layout a preset cell follows; raw values are the rubric's
/// `convention` attribute values (docs/conventions.md).
///
/// - `pytorch`: stacked `weight_ih`, `weight_hh`, two biases; GRU reset applied after the matmul.
/// - `keras`: stacked `kernel` (I×G·H) and `recurrent_kernel` (H×G·H), one bias (two rows for a
///   GRU with `reset_after`).
/// - `textbook`: one `W_g`, `U_g`, `b_g` per gate; LSTM as PyTorch per gate, GRU as Cho et al. 2014
///   (reset before the matmul, `h = z⊙h₋₁ + (1−z)⊙h̃`).
/// - `chung`: the textbook GRU with the role of z swapped, `h = (1−z)⊙h₋₁ + z⊙h̃` (Chung et al. 2014).
/// - `peephole`: the textbook LSTM with diagonal peepholes (Graves 2013, eqs. 7–11).
package enum CellConvention: String, Sendable, CaseIterable {
    /// PyTorch `nn.RNN`, `nn.LSTM`, `nn.GRU`.
    case pytorch
    /// Keras `SimpleRNN`, `LSTM`, `GRU`.
    case keras
    /// One matrix per gate; Cho et al. 2014 for the GRU.
    case textbook
    /// Chung et al. 2014 GRU.
    case chung
    /// Graves 2013 peephole LSTM.
    case peephole

    /// The convention named `name`.
    ///
    /// - Throws: `MathError.domain` naming the accepted conventions for any other name.
    package static func named(_ name: String) throws(MathError) -> CellConvention {
        guard let convention = CellConvention(rawValue: name) else {
            throw .domain(operation: "cell", detail: "unknown convention '\(name)'; use "
                          + allCases.map(\.rawValue).joined(separator: ", "))
        }
        return convention
    }

    /// Checks that `kind` exists in this convention: `chung` is GRU-only, `peephole` LSTM-only.
    ///
    /// - Throws: `MathError.domain` saying which kind the convention is for.
    package func check(_ kind: CellKind) throws(MathError) {
        switch (self, kind) {
        case (.chung, .gru), (.peephole, .lstm), (.pytorch, _), (.keras, _), (.textbook, _):
            return
        case (.chung, _):
            throw .domain(operation: "cell", detail: "the chung convention describes a GRU only, not \(kind.rawValue)")
        case (.peephole, _):
            throw .domain(operation: "cell", detail: "the peephole convention describes an LSTM only, not \(kind.rawValue)")
        }
    }
}
