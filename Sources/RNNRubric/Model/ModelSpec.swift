import RNNExpr
import RNNMath

/// A recurrent model as the rubric states it: parameters, states, sequences and equations,
/// or a preset cell.
package struct ModelSpec: Sendable {
    package var id: String
    /// A preset cell (`elman`, `lstm`, `gru`) whose equations the solver writes out.
    package var cell: CellSpec?
    package var params: [ParamSpec]
    package var activations: [ActivationSpec]
    package var states: [StateSpec]
    package var inputs: [SequenceSpec]
    package var targets: [SequenceSpec]
    /// Equations in document order; `y[1] = …` overrides `y[t] = …` at step 1.
    package var equations: [Located<Equation>]
    /// Named time-free quantities (`<loss>` and `<quantity>`), such as `L`.
    package var quantities: [QuantitySpec]
    /// Statements the rubric makes about its own data (`verify` checks them).
    package var claims: [ClaimSpec]
    /// Conditions every drawn variant of the model's data must meet.
    package var requirements: [RequireSpec] = []
    /// `<data draw="seeds">` blocks, whose random arrays each student draws with their own seeds.
    package var seededData: [SeededDataBlock] = []
    package var line: Int

    /// A model with nothing in it: the scope of asks that need no model (`params(…)`, `3`).
    package static let empty = ModelSpec(id: "", cell: nil, params: [], activations: [], states: [], inputs: [],
                                        targets: [], equations: [], quantities: [], claims: [], line: 0)

    /// Whether every input has its values in the rubric (else the model runs only in design parts).
    package var hasAllInputs: Bool { inputs.allSatisfy { !$0.values.isEmpty } }

    /// Whether any parameter, input or target is drawn per student.
    package var hasDraws: Bool {
        params.contains { $0.draw != nil } || inputs.contains { $0.draw != nil } || targets.contains { $0.draw != nil }
            || !seededData.isEmpty
    }

    /// Names of the parameters the student chooses in a design part.
    package var freeParameters: [String] { params.filter(\.free).map(\.name) }
}

/// A preset cell and its convention.
package struct CellSpec: Sendable {
    /// Elman, LSTM or GRU (the `cell` attribute).
    package var kind: CellKind
    /// Whose equations and parameter layout (the `convention` attribute, default `pytorch`).
    package var convention: CellConvention
    package var inputSize: Int?
    package var hiddenSize: Int?
    /// Keras GRU's `reset_after`.
    package var resetAfter: Bool
    /// Layout, gate order, biases, layers and time origin (defaults: the convention's own).
    package var options = CellOptions()
}

/// A named parameter with a constant value, or free for the student to choose.
package struct ParamSpec: Sendable {
    package var name: String
    package var value: Located<Expr>?
    package var free: Bool
    /// `rows×cols` (written `2x2`) for a free parameter; nil: scalar.
    package var shape: (rows: Int, cols: Int)?
    package var line: Int
    /// The value a `<data>` block assigned to this name (numpy lines), already evaluated;
    /// nil for a `<param>`.
    package var data: Matrix? = nil
    /// The value a free parameter takes when the student leaves it out (`default="0"`); nil: required.
    package var defaultValue: Located<Expr>? = nil
    /// How the value is drawn per student; `value` is then the fixed variant's.
    package var draw: DrawSpec? = nil
}

/// A named activation function a model's equations may call.
package struct ActivationSpec: Sendable {
    package var name: String
    /// The function it applies.
    package var function: ActivationFunction
    /// The step's threshold (default 0).
    package var threshold: Located<Expr>?
    /// Whether the step is `z > threshold` (true) or `z ≥ threshold`.
    package var strict: Bool
    package var line: Int
}

/// A time-indexed state and its value at t = 0.
package struct StateSpec: Sendable {
    package var name: String
    package var initial: Located<Expr>
    package var line: Int
}

/// An input or target sequence: one value per step, t = 1…T.
package struct SequenceSpec: Sendable {
    package var name: String
    /// The values; empty for an input supplied when the model is run (design parts).
    package var values: [Located<Expr>]
    package var line: Int
    /// How each step's value is drawn per student; `values` are then the fixed variant's.
    package var draw: DrawSpec? = nil
}

/// A named quantity such as the loss `L`.
package struct QuantitySpec: Sendable {
    package var name: String
    package var expression: Located<Expr>
    /// Whether it was declared as `<loss>`.
    package var isLoss: Bool
}

/// `left` must equal `right`: a statement of the rubric about its own data.
package struct ClaimSpec: Sendable {
    package var left: Located<Expr>
    package var right: Located<Expr>
    package var statement: String
    /// False when the rubric records a known misprint: `verify` then notes it instead of failing.
    package var expectedToHold: Bool
    package var line: Int
}
