import RNNExpr
import RNNMath

/// A recurrent model as the rubric states it: parameters, states, sequences and equations,
/// or a preset cell.
public struct ModelSpec: Sendable {
    public var id: String
    /// A preset cell (`elman`, `lstm`, `gru`) whose equations the solver writes out.
    public var cell: CellSpec?
    public var params: [ParamSpec]
    public var activations: [ActivationSpec]
    public var states: [StateSpec]
    public var inputs: [SequenceSpec]
    public var targets: [SequenceSpec]
    /// Equations in document order; `y[1] = …` overrides `y[t] = …` at step 1.
    public var equations: [Located<Equation>]
    /// Named time-free quantities (`<loss>` and `<quantity>`), such as `L`.
    public var quantities: [QuantitySpec]
    /// Statements the rubric makes about its own data (`verify` checks them).
    public var claims: [ClaimSpec]
    /// Conditions every drawn variant of the model's data must meet.
    public var requirements: [RequireSpec] = []
    public var line: Int

    /// A model with nothing in it: the scope of asks that need no model (`params(…)`, `3`).
    public static let empty = ModelSpec(id: "", cell: nil, params: [], activations: [], states: [], inputs: [],
                                        targets: [], equations: [], quantities: [], claims: [], line: 0)

    /// Whether every input has its values in the rubric (else the model runs only in design parts).
    public var hasAllInputs: Bool { inputs.allSatisfy { !$0.values.isEmpty } }

    /// Whether any parameter, input or target is drawn per student.
    public var hasDraws: Bool {
        params.contains { $0.draw != nil } || inputs.contains { $0.draw != nil } || targets.contains { $0.draw != nil }
    }

    /// Names of the parameters the student chooses in a design part.
    public var freeParameters: [String] { params.filter(\.free).map(\.name) }
}

/// A preset cell and its convention.
public struct CellSpec: Sendable {
    /// Elman, LSTM or GRU (the `cell` attribute).
    public var kind: CellKind
    /// Whose equations and parameter layout (the `convention` attribute, default `pytorch`).
    public var convention: CellConvention
    public var inputSize: Int?
    public var hiddenSize: Int?
    /// Keras GRU's `reset_after`.
    public var resetAfter: Bool
}

/// A named parameter with a constant value, or free for the student to choose.
public struct ParamSpec: Sendable {
    public var name: String
    public var value: Located<Expr>?
    public var free: Bool
    /// `rows×cols` (written `2x2`) for a free parameter; nil: scalar.
    public var shape: (rows: Int, cols: Int)?
    public var line: Int
    /// The value a `<data>` block assigned to this name (numpy lines), already evaluated;
    /// nil for a `<param>`.
    public var data: Matrix? = nil
    /// The value a free parameter takes when the student leaves it out (`default="0"`); nil: required.
    public var defaultValue: Located<Expr>? = nil
    /// How the value is drawn per student; `value` is then the fixed variant's.
    public var draw: DrawSpec? = nil
}

/// A named activation function a model's equations may call.
public struct ActivationSpec: Sendable {
    public var name: String
    /// The function it applies.
    public var function: ActivationFunction
    /// The step's threshold (default 0).
    public var threshold: Located<Expr>?
    /// Whether the step is `z > threshold` (true) or `z ≥ threshold`.
    public var strict: Bool
    public var line: Int
}

/// A time-indexed state and its value at t = 0.
public struct StateSpec: Sendable {
    public var name: String
    public var initial: Located<Expr>
    public var line: Int
}

/// An input or target sequence: one value per step, t = 1…T.
public struct SequenceSpec: Sendable {
    public var name: String
    /// The values; empty for an input supplied when the model is run (design parts).
    public var values: [Located<Expr>]
    public var line: Int
    /// How each step's value is drawn per student; `values` are then the fixed variant's.
    public var draw: DrawSpec? = nil
}

/// A named quantity such as the loss `L`.
public struct QuantitySpec: Sendable {
    public var name: String
    public var expression: Located<Expr>
    /// Whether it was declared as `<loss>`.
    public var isLoss: Bool
}

/// `left` must equal `right`: a statement of the rubric about its own data.
public struct ClaimSpec: Sendable {
    public var left: Located<Expr>
    public var right: Located<Expr>
    public var statement: String
    /// False when the rubric records a known misprint: `verify` then notes it instead of failing.
    public var expectedToHold: Bool
    public var line: Int
}
