import RNNExpr
import RNNRubric

/// A wrong way to compute an ask: the ask and model a student who made the mistake would have
/// evaluated, and the sentence that names the mistake.
public struct MistakeVariant: Sendable {
    /// Which mistake this is.
    public var kind: MistakeKind
    /// The feedback for a student whose answer matches this variant.
    public var feedback: String
    /// The ask to evaluate, and the model to evaluate it on (nil: the part's own).
    public var ask: Expr
    public var model: ModelSpec?
    /// Credit for matching it (built-in mistakes earn none unless the rubric declares them).
    public var credit: Double

    public init(kind: MistakeKind, feedback: String, ask: Expr, model: ModelSpec?, credit: Double) {
        self.kind = kind
        self.feedback = feedback
        self.ask = ask
        self.model = model
        self.credit = credit
    }
}
