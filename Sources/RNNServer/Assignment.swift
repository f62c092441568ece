import RNNGrading
import RNNRubric
import RNNVariants

/// One rubric the server checks answers against. A rubric with fixed data has one view, built
/// at start (its key computed once); a rubric that draws data per student (docs/variants.md)
/// has one view per student, built on their first visit from their variant and kept.
package struct Assignment: Sendable {
    /// The verified rubric as loaded (a family's prompts still hold their placeholders).
    package let rubric: Rubric
    /// The view of the rubric's own data: what anonymous visitors of a fixed-data rubric see.
    package let fixed: AssignmentView
    /// Per-student views of a family; nil when every student has the rubric's data.
    private let variants: VariantViews?

    /// The assignment of a verified `rubric`; a family draws each student's variant with `salt`
    /// (without one, every student's page says their numbers cannot be drawn). `grader` is the
    /// rubric's grader when verifying it built one already (its key is then not computed again).
    package init(rubric: Rubric, salt: Salt? = nil, grader: Grader? = nil) {
        self.rubric = rubric
        if rubric.isFamily {
            let views = VariantViews(graders: VariantGraders(family: VariantFamily(rubric: rubric, salt: salt), base: grader))
            variants = views
            fixed = AssignmentView(grader: views.graders.base)
        } else {
            variants = nil
            fixed = AssignmentView(grader: grader ?? Grader(rubric: rubric))
        }
    }

    /// The rubric's id, which names the assignment in links.
    package var id: String { rubric.id }

    /// The grader of the rubric's own data, with its key.
    package var grader: Grader { fixed.grader }

    /// Whether every student gets their own numbers.
    package var isFamily: Bool { variants != nil }

    /// What `visitor` sees and is graded against: the fixed view, or a rostered student's own
    /// variant. An anonymous visitor of a family has no numbers of their own and is refused.
    package func view(for visitor: Visitor) -> Result<AssignmentView, AssignmentView.Refusal> {
        guard let variants else { return .success(fixed) }
        guard case .student(let id) = visitor else { return .failure(.needsPersonalLink) }
        return variants.view(for: id)
    }
}
