import RNNExpr

/// One gradable part of a problem.
package struct Part: Sendable {
    /// The qualified id, `problem.part` (for example `1.a`): what submissions name.
    package var id: String
    /// The part's own id inside its problem (`a`).
    package var localID: String
    package var points: Double
    package var prompt: String?
    /// The model that the part's expressions are evaluated against, if any.
    package var modelID: String?
    /// What the student must give and how the key is found.
    package var answer: AnswerSpec
    /// The part's own tolerance; nil inherits the assignment default.
    package var tolerance: ToleranceSpec?
    /// Follow-through credit for this part; nil inherits the assignment default.
    package var followThroughCredit: Double?
    /// Whether `check` may reveal this part's key; nil inherits.
    package var revealKey: Bool?
    /// Per-element credit for vectors and matrices; nil inherits.
    package var perElementCredit: Bool?
    /// Rubric-declared known mistakes.
    package var mistakes: [MistakeSpec]
    package var line: Int
}

/// A rubric-declared wrong quantity: its value earns `credit` and `feedback`.
package struct MistakeSpec: Sendable {
    package var ask: Located<Expr>
    /// A variant model to evaluate the ask against (default: the part's model).
    package var modelID: String?
    package var credit: Double
    package var feedback: String
    package var line: Int
}

/// The answer kind of a part, with what each kind needs.
package enum AnswerSpec: Sendable {
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
    package var isDesign: Bool {
        if case .design = self { true } else { false }
    }

    /// The ask the solver computes the key from (numbers, matrices, intervals, `<choice ask>`), if any.
    package var ask: Located<Expr>? {
        switch self {
        case .computed(_, let ask, _), .interval(let ask, _): ask
        case .choice(let spec): spec.ask
        case .formula, .design, .manual: nil
        }
    }

    /// The rubric element name of this kind (`number`, `choice`, …).
    package var kindName: String {
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
package enum ComputedKind: String, Sendable, CaseIterable {
    case number, vector, matrix
}

/// A single or multiple choice question.
package struct ChoiceSpec: Sendable {
    package var options: [(id: String, text: String)]
    package var key: [String]
    package var multiple: Bool
    /// Credit taken per wrong pick in multiple choice (default: one right pick's worth).
    package var penalty: Double?
    /// An ask whose value is the key's option id (`classify_gradients(W, 1)`), instead of `key`.
    package var ask: Located<Expr>? = nil
}

/// A formula answer in named variables.
package struct FormulaSpec: Sendable {
    package var key: Located<Expr>
    package var variables: [String]
    /// `real` or `integer`.
    package var integerDomain: Bool
    package var low: Double
    package var high: Double
    package var points: Int
}
