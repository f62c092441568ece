/// The names a preset cell defines for each convention: its parameters (with shapes in terms of
/// the input size I and hidden size H) and its time-indexed quantities. The loader checks
/// rubric expressions against these names; the solver writes the cell's equations over them.
///
/// Conventions (docs/conventions.md):
/// - `pytorch`: stacked `weight_ih` (G·H×I), `weight_hh` (G·H×H), `bias_ih`, `bias_hh` (G·H), gate
///   order i, f, g, o (LSTM) and r, z, n (GRU).
/// - `keras`: `kernel` (I×G·H), `recurrent_kernel` (H×G·H), one `bias` (G·H; 2×3H for a GRU with
///   `reset_after`); gate order i, f, c, o (LSTM) and z, r, h (GRU).
/// - `textbook`, `chung`, `peephole`: one matrix per gate, `W_<gate>` (H×I) on the input,
///   `U_<gate>` (H×H) on the state, `b_<gate>` (H); peephole adds diagonal `p_i`, `p_f`, `p_o` (H).
public enum CellCatalog {
    /// A parameter of a preset cell with its shape.
    public struct Parameter: Sendable, Hashable {
        public var name: String
        public var rows: Int
        public var cols: Int
    }

    /// Gate names of a cell kind, in the convention's own stacking order.
    public static func gates(cell: String, convention: String) -> [String] {
        switch (cell, convention) {
        case ("lstm", "keras"): ["i", "f", "c", "o"]
        case ("lstm", _): ["i", "f", "g", "o"]
        case ("gru", "keras"): ["z", "r", "h"]
        case ("gru", "pytorch"): ["r", "z", "n"]
        case ("gru", _): ["z", "r", "h"]
        default: ["h"]
        }
    }

    /// The time-indexed names the cell defines: states first, then gate activations.
    public static func timeIndexedNames(cell: String, convention: String) -> [String] {
        switch cell {
        case "lstm": ["h", "c"] + gates(cell: cell, convention: convention).map { "gate_" + $0 }
        case "gru": ["h"] + gates(cell: cell, convention: convention).map { "gate_" + $0 }
        default: ["h"]
        }
    }

    /// The names of states that need an initial value (zeros when the rubric gives none).
    public static func stateNames(cell: String) -> [String] {
        cell == "lstm" ? ["h", "c"] : ["h"]
    }

    /// The parameters of a cell with input size `input` and hidden size `hidden`.
    public static func parameters(cell: String, convention: String, input: Int, hidden: Int,
                                  resetAfter: Bool = true) -> [Parameter] {
        let gateNames = gates(cell: cell, convention: convention)
        let stacked = gateNames.count * hidden
        switch convention {
        case "pytorch":
            return [Parameter(name: "weight_ih", rows: stacked, cols: input),
                    Parameter(name: "weight_hh", rows: stacked, cols: hidden),
                    Parameter(name: "bias_ih", rows: stacked, cols: 1),
                    Parameter(name: "bias_hh", rows: stacked, cols: 1)]
        case "keras":
            let twoBiases = cell == "gru" && resetAfter
            return [Parameter(name: "kernel", rows: input, cols: stacked),
                    Parameter(name: "recurrent_kernel", rows: hidden, cols: stacked),
                    Parameter(name: "bias", rows: twoBiases ? 2 : 1, cols: stacked)]
        default:
            var result: [Parameter] = []
            for gate in gateNames {
                result.append(Parameter(name: "W_" + gate, rows: hidden, cols: input))
                result.append(Parameter(name: "U_" + gate, rows: hidden, cols: hidden))
                result.append(Parameter(name: "b_" + gate, rows: hidden, cols: 1))
            }
            if convention == "peephole" && cell == "lstm" {
                for gate in ["i", "f", "o"] { result.append(Parameter(name: "p_" + gate, rows: hidden, cols: 1)) }
            }
            return result
        }
    }
}
