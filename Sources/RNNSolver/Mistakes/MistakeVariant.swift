import RNNExpr
import RNNRubric

/// A wrong way to compute an ask: the ask and model a student who made the mistake would have
/// evaluated, and the sentence that names the mistake.
package struct MistakeVariant: Sendable {
    /// Which mistake this is.
    package var kind: MistakeKind
    /// The feedback for a student whose answer matches this variant.
    package var feedback: String
    /// The ask to evaluate.
    package var ask: Expr
    /// The model to evaluate it on (nil: the part's own).
    package var model: ModelSpec?
    /// Credit for matching it (built-in mistakes earn none unless the rubric declares them).
    package var credit: Double

    package init(kind: MistakeKind, feedback: String, ask: Expr, model: ModelSpec?, credit: Double) {
        self.kind = kind
        self.feedback = feedback
        self.ask = ask
        self.model = model
        self.credit = credit
    }
}
