/// How a preset cell reads its data and stores its parameters, beyond its kind and convention:
/// the `<model>` attributes `layout`, `gate-order`, `bias`, `layers` and `time-origin`
/// (docs/rubric-format.md, "Preset options").
///
///     // CS231n's LSTM: row batches, gates stacked i, f, o, g, one bias
///     CellOptions(layout: .rows, gateOrder: ["i", "f", "o", "c"], biases: .one)
package struct CellOptions: Sendable, Hashable {
    /// Whether x and h are columns (I×N, H×N) or rows of a batch (N×I, N×H).
    package var layout: CellLayout
    /// The order in which the gates are stacked in the stacked matrices; nil: the convention's.
    package var gateOrder: [String]?
    /// One or two bias vectors per gate; nil: the convention's own.
    package var biases: CellBiases?
    /// The number of stacked layers when the rubric gives `layers`; nil: one layer whose
    /// parameter names carry no `_l0` suffix.
    package var layers: Int?
    /// The index of the first step: 1 (the default, `h[0]` is the initial state) or 0
    /// (`x[0]` is the first input, `h[-1]` the initial state).
    package var timeOrigin: Int

    /// Options with the given values; the defaults are a one-layer column cell in the
    /// convention's own gate order and biases, counting steps from 1.
    package init(layout: CellLayout = .columns, gateOrder: [String]? = nil, biases: CellBiases? = nil,
                 layers: Int? = nil, timeOrigin: Int = 1) {
        self.layout = layout
        self.gateOrder = gateOrder
        self.biases = biases
        self.layers = layers
        self.timeOrigin = timeOrigin
    }

    /// The number of layers, 1 when `layers` is not given.
    package var layerCount: Int { layers ?? 1 }
}

/// Whether a preset cell's vectors are columns or the rows of a batch; raw values are the
/// rubric's `layout` attribute values.
package enum CellLayout: String, Sendable, Hashable, CaseIterable {
    /// `x` is I×N, `h` is H×N (N = 1 for one example): `W·x + b`.
    case columns
    /// `x` is N×I, `h` is N×H, the bias row broadcast over the batch: `x·Wᵀ + b` (PyTorch's
    /// batches, CS231n's `x @ Wx + h @ Wh + b`).
    case rows
}

/// How many bias vectors each gate has; raw values are the rubric's `bias` attribute values.
package enum CellBiases: String, Sendable, Hashable, CaseIterable {
    /// One bias per gate, added to the input product (CS231n's `b`, Keras's `bias`).
    case one
    /// Two biases per gate, one on each product (PyTorch's `b_ih` and `b_hh`).
    case two
}
