import RNNMath

/// The kind of a preset recurrent cell; raw values are the rubric's `cell` attribute values.
///
///     try CellKind.named("lstm")   // .lstm
///
/// See also: `CellConvention`, `CellCatalog` (its gates and parameters), docs/conventions.md.
package enum CellKind: String, Sendable, CaseIterable {
    /// The Elman RNN, `h_t = tanh(W x_t + U h_{t−1} + b)` (PyTorch `nn.RNN`, Keras `SimpleRNN`).
    case elman
    /// The long short-term memory cell with a forget gate (gates i, f, g, o).
    case lstm
    /// The gated recurrent unit (gates r, z and a candidate).
    case gru

    /// The kind named `name`; `rnn` is accepted as PyTorch's name for the Elman cell.
    ///
    /// - Throws: `MathError.domain` naming the accepted kinds for any other name.
    package static func named(_ name: String) throws(MathError) -> CellKind {
        if name == "rnn" { return .elman }
        guard let kind = CellKind(rawValue: name) else {
            throw .domain(operation: "cell", detail: "unknown cell kind '\(name)'; use elman (or rnn), lstm or gru")
        }
        return kind
    }
}
