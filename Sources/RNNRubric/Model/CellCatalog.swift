/// The names a preset cell defines for each kind and convention: its gates, its states and its
/// time-indexed quantities (its parameters and their shapes: `CellCatalog+Parameters.swift`).
/// The loader checks rubric expressions against these names; the solver writes the cell's
/// equations over them; parameter counts add up their shapes.
///
/// Gate orders (docs/conventions.md): PyTorch i, f, g, o (LSTM) and r, z, n (GRU); Keras i, f, c, o
/// and z, r, h; `textbook`, `chung`, `peephole` i, f, g, o and z, r, h. An Elman cell has the one
/// "gate" h.
///
///     CellCatalog.gates(.gru, .pytorch)              // ["r", "z", "n"]
///     CellCatalog.timeIndexedNames(.lstm, .keras)    // ["h", "c", "gate_i", "gate_f", "gate_c", "gate_o"]
package enum CellCatalog {
    /// Gate names of `kind`, in `convention`'s own stacking order.
    package static func gates(_ kind: CellKind, _ convention: CellConvention) -> [String] {
        switch (kind, convention) {
        case (.elman, _): ["h"]
        case (.lstm, .keras): ["i", "f", "c", "o"]
        case (.lstm, _): ["i", "f", "g", "o"]
        case (.gru, .pytorch): ["r", "z", "n"]
        case (.gru, _): ["z", "r", "h"]
        }
    }

    /// The gates with a diagonal peephole `p_<gate>` on the cell state: i, f and o of a Graves
    /// 2013 (`peephole`) LSTM, none elsewhere.
    package static func peepholeGates(_ kind: CellKind, _ convention: CellConvention) -> [String] {
        kind == .lstm && convention == .peephole ? ["i", "f", "o"] : []
    }

    /// The names of states that need an initial value (zeros when the rubric gives none):
    /// `h`, and `c` for an LSTM.
    package static func stateNames(_ kind: CellKind) -> [String] {
        kind == .lstm ? ["h", "c"] : ["h"]
    }

    /// The time-indexed names the cell defines: states first, then gate activations
    /// `gate_<name>` (an Elman cell defines `h` only).
    package static func timeIndexedNames(_ kind: CellKind, _ convention: CellConvention) -> [String] {
        kind == .elman ? stateNames(kind) : stateNames(kind) + gates(kind, convention).map { "gate_" + $0 }
    }
}
