/// The weights one gate of a preset cell uses, in column-vector orientation whatever the
/// convention stores: the gate's pre-activation is `W·x + b_in + U·h + b_rec` (PyTorch, Keras
/// and textbook alike once sliced and transposed).
///
/// `Value` is `Matrix` for exact slices and `NodeID` for slices recorded on a `Graph`.
///
///     // PyTorch LSTM, H = 3: gate f uses rows 3..<6 of weight_ih, weight_hh, bias_ih, bias_hh.
///     // Keras LSTM: gate f uses columns 3..<6 of kernel and recurrent_kernel, transposed.
package struct GateWeights<Value> {
    /// `W` (H×I), applied to the input.
    package var input: Value
    /// `U` (H×H), applied to the previous hidden state.
    package var recurrent: Value
    /// The bias added to `W·x` (H×1): `bias_ih` block, Keras `bias` (row 0), or `b_g`.
    package var inputBias: Value
    /// The bias added to `U·h` (H×1), present only where the convention has two biases
    /// (PyTorch; Keras GRU with `reset_after`).
    package var recurrentBias: Value?
    /// The diagonal peephole weights (H×1) of a Graves 2013 LSTM gate i, f or o.
    package var peephole: Value?

    /// The same gate with every weight transformed by `transform`.
    func map<Other, Failure: Error>(_ transform: (Value) throws(Failure) -> Other) throws(Failure) -> GateWeights<Other> {
        GateWeights<Other>(input: try transform(input), recurrent: try transform(recurrent),
                           inputBias: try transform(inputBias),
                           recurrentBias: try recurrentBias.map(transform),
                           peephole: try peephole.map(transform))
    }
}

extension GateWeights: Sendable where Value: Sendable {}
