import RNNExpr

/// One gradable part of a problem.
public struct Part: Sendable {
    /// The qualified id, `problem.part` (for example `1.a`): what submissions name.
    public var id: String
    /// The part's own id inside its problem (`a`).
    public var localID: String
    public var points: Double
    public var prompt: String?
    /// The model that the part's expressions are evaluated against, if any.
    public var modelID: String?
    /// What the student must give and how the key is found.
    public var answer: AnswerSpec
    /// The part's own tolerance; nil inherits the assignment default.
    public var tolerance: ToleranceSpec?
    /// Follow-through credit for this part; nil inherits the assignment default.
    public var followThroughCredit: Double?
    /// Whether `check` may reveal this part's key; nil inherits.
    public var revealKey: Bool?
    /// Per-element credit for vectors and matrices; nil inherits.
    public var perElementCredit: Bool?
    /// Rubric-declared known mistakes.
    public var mistakes: [MistakeSpec]
    public var line: Int
}

/// A rubric-declared wrong quantity: its value earns `credit` and `feedback`.
public struct MistakeSpec: Sendable {
    public var ask: Located<Expr>
    /// A variant model to evaluate the ask against (default: the part's model).
    public var modelID: String?
    public var credit: Double
    public var feedback: String
    public var line: Int
}

/// The answer kind of a part, with what each kind needs.
public enum AnswerSpec: Sendable {
    /// A number, vector or matrix computed from `ask`; `key` is the instructor's own key, checked by `verify`.
    case computed(kind: ComputedKind, ask: Located<Expr>?, key: String?)
    /// An interval such as `(0, 1)`; from `ask` or from `key` alone.
    case interval(ask: Located<Expr>?, key: String?)
    /// Single (`multiple == false`) or multiple choice.
    case choice(ChoiceSpec)
    /// A formula in named variables, checked by evaluation at seeded random points.
    case formula(FormulaSpec)
    /// Weights the student designs, graded by what the network does.
    case design(DesignSpec)
    /// Graded by hand later; `criteria` is shown to TAs.
    case manual(criteria: String)

    /// Whether this is a design part.
    public var isDesign: Bool {
        if case .design = self { true } else { false }
    }

    /// The ask the solver computes the key from (numbers, matrices, intervals, `<choice ask>`), if any.
    public var ask: Located<Expr>? {
        switch self {
        case .computed(_, let ask, _), .interval(let ask, _): ask
        case .choice(let spec): spec.ask
        case .formula, .design, .manual: nil
        }
    }

    /// The rubric element name of this kind (`number`, `choice`, …).
    public var kindName: String {
        switch self {
        case .computed(let kind, _, _): kind.rawValue
        case .interval: "interval"
        case .choice(let spec): spec.multiple ? "multiple-choice" : "choice"
        case .formula: "formula"
        case .design: "design"
        case .manual: "manual"
        }
    }
}

/// The shape a computed answer is read in.
public enum ComputedKind: String, Sendable, CaseIterable {
    case number, vector, matrix
}

/// A single or multiple choice question.
public struct ChoiceSpec: Sendable {
    public var options: [(id: String, text: String)]
    public var key: [String]
    public var multiple: Bool
    /// Credit taken per wrong pick in multiple choice (default: one right pick's worth).
    public var penalty: Double?
    /// An ask whose value is the key's option id (`classify_gradients(W, 1)`), instead of `key`.
    public var ask: Located<Expr>? = nil
}

/// A formula answer in named variables.
public struct FormulaSpec: Sendable {
    public var key: Located<Expr>
    public var variables: [String]
    /// `real` or `integer`.
    public var integerDomain: Bool
    public var low: Double
    public var high: Double
    public var points: Int
}
