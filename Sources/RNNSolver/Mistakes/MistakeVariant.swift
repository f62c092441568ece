import RNNExpr
import RNNRubric

/// A wrong way to compute an ask: the ask and model a student who made the mistake would have
/// evaluated, and the sentence that names the mistake.
public struct MistakeVariant: Sendable {
    /// A short identifier: `partial`, `sigmoid-tanh`, `transpose`, `sign`, `half-loss`, `mean-loss`, `index-1`, `index+1`, or `rubric`.
    public var kind: String
    /// The feedback for a student whose answer matches this variant.
    public var feedback: String
    /// The ask to evaluate, and the model to evaluate it on (nil: the part's own).
    public var ask: Expr
    public var model: ModelSpec?
    /// Credit for matching it (built-in mistakes earn none unless the rubric declares them).
    public var credit: Double

    public init(kind: String, feedback: String, ask: Expr, model: ModelSpec?, credit: Double) {
        self.kind = kind
        self.feedback = feedback
        self.ask = ask
        self.model = model
        self.credit = credit
    }
}
