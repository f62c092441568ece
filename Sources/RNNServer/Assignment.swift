import RNNGrading
import RNNRubric

/// One rubric the server checks answers against: its grader (the key is computed once, at
/// start) and the outline of its blank answer sheet, which the student page shows as a form.
package struct Assignment: Sendable {
    /// The verified rubric.
    package let rubric: Rubric
    /// The grader `check` uses, with its key.
    package let grader: Grader
    /// The labels to fill in, with prompts and hints but no key value.
    package let outline: TemplateOutline

    /// The assignment of a verified `rubric`.
    package init(rubric: Rubric) {
        self.rubric = rubric
        grader = Grader(rubric: rubric)
        outline = TemplateOutline(rubric: rubric)
    }

    /// The rubric's id, which names the assignment in links.
    package var id: String { rubric.id }
}
