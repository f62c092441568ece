/// The nonlinearity of an Elman cell: PyTorch `nn.RNN(nonlinearity=…)`, Keras `SimpleRNN(activation=…)`.
///
/// Raw values are the framework's names. See also CONVENTIONS.md, "Elman RNN".
package enum ElmanActivation: String, Sendable, CaseIterable {
    /// `tanh`, the default in both frameworks.
    case tanh
    /// `relu(z) = max(z, 0)`: exact for exact input.
    case relu
}
