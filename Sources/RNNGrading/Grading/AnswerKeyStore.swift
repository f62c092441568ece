import RNNRubric
import RNNSolver
import RNNVariants

/// Where answer keys are kept between runs (`check`'s key cache), so that an unchanged rubric's
/// key is computed once. A store never returns a key it cannot vouch for: on any doubt it
/// computes the key.
package protocol AnswerKeyStore: Sendable {
    /// The key of `rubric` (drawn for `variant`, nil for the rubric as loaded): the stored one
    /// when there is a sound one, else `compute()`'s, which the store then keeps.
    func key(of rubric: Rubric, variant: RubricVariant?, compute: () -> AnswerKey) -> AnswerKey
}
