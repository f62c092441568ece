/// The names of a preset cell as a rubric declares it, options included: the stacking order of
/// its gates, its parameters per layer (suffixed `_l0`, `_l1`, … when the rubric gives
/// `layers`, after PyTorch's `weight_ih_l0`), and the time-indexed names it defines.
///
///     // <model cell="lstm" input-size="3" hidden-size="2" layers="2">
///     CellCatalog.parameterShapes(spec).map(\.shape.name)
///     // ["weight_ih_l0", "weight_hh_l0", "bias_ih_l0", "bias_hh_l0", "weight_ih_l1", …]
extension CellCatalog {
    /// Whether `convention` stacks its gates in shared matrices (so `gate-order` and `bias="two"`
    /// apply): PyTorch and Keras.
    package static func isStacked(_ convention: CellConvention) -> Bool {
        convention == .pytorch || convention == .keras
    }

    /// The bias counts `convention` allows: one or two for the stacked conventions, one for the
    /// per-gate ones.
    package static func allowedBiases(_ convention: CellConvention) -> [CellBiases] {
        isStacked(convention) ? CellBiases.allCases : [.one]
    }

    /// The gates in the order they are stacked in the stored matrices: the rubric's `gate-order`,
    /// or the convention's own (``gates(_:_:)``).
    package static func stackingOrder(_ spec: CellSpec) -> [String] {
        spec.options.gateOrder ?? gates(spec.kind, spec.convention)
    }

    /// The suffix of layer `layer`'s names (counted from 0): `_l<layer>` when the rubric gives
    /// `layers`, else none.
    package static func layerSuffix(_ spec: CellSpec, layer: Int) -> String {
        spec.options.layers == nil ? "" : "_l\(layer)"
    }

    /// Every parameter of the cell, layer by layer, named as the rubric gives them; layers after
    /// the first read the hidden state below them, so their input width is H instead of I.
    package static func parameterShapes(_ spec: CellSpec) -> [(layer: Int, shape: ParameterShape)] {
        let base = parameterShapes(spec.kind, spec.convention, resetAfter: spec.resetAfter, biases: spec.options.biases)
        return (0..<spec.options.layerCount).flatMap { layer in
            base.map { shape in
                var named = shape
                named.name += layerSuffix(spec, layer: layer)
                if layer > 0 {
                    if named.rows.dimension == .input { named.rows.dimension = .hidden }
                    if named.cols.dimension == .input { named.cols.dimension = .hidden }
                }
                return (layer, named)
            }
        }
    }

    /// The time-indexed names the cell defines: per layer its states and gates (suffixed when the
    /// rubric gives `layers`), and then the top layer's states `h` (and `c`) unsuffixed.
    package static func timeIndexedNames(_ spec: CellSpec) -> [String] {
        let base = timeIndexedNames(spec.kind, spec.convention)
        guard spec.options.layers != nil else { return base }
        let perLayer = (0..<spec.options.layerCount).flatMap { layer in base.map { $0 + layerSuffix(spec, layer: layer) } }
        return perLayer + stateNames(spec.kind)
    }

    /// The states that have a value before the first step (zeros unless the rubric gives
    /// `<state>`): `h` (and `c`) of every layer, suffixed when the rubric gives `layers`.
    package static func initialStateNames(_ spec: CellSpec) -> [String] {
        (0..<spec.options.layerCount).flatMap { layer in stateNames(spec.kind).map { $0 + layerSuffix(spec, layer: layer) } }
    }
}
