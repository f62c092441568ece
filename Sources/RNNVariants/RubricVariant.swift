import RNNRubric
import RNNSolver

/// One student's version of a rubric: the drawn data in place of the fixed data, prompts filled
/// with it, and the seed and number of draws it took (so an instructor can name it).
package struct RubricVariant: Sendable {
    /// The student it was drawn for; nil for the fixed variant (the rubric's own data).
    package let studentID: String?
    /// The seed of its generator; nil for the fixed variant.
    package let seed: VariantSeed?
    /// How many draws it took to meet every constraint (1 for the fixed variant).
    package let draws: Int
    /// The rubric with this variant's data: what keys, grading and handouts use.
    package let rubric: Rubric
    /// Its answer key, when drawing computed it (to check the constraints); graders reuse it.
    package let key: AnswerKey?
    /// The unrollings of its models that drawing built (for requirements, keys and the known
    /// mistakes the constraints compare with the key), when it drew; its grader computes the
    /// other known mistakes on them. Used by one task at a time.
    package let unrollings: SharedUnrollings?
}
