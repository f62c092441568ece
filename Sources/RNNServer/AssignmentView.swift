import RNNGrading
import RNNRubric

/// An assignment as one visitor sees it: the rubric with their numbers in the prompts, the
/// grader with their key, and the outline of their blank answer sheet (shown as the form).
package struct AssignmentView: Sendable {
    /// The grader, with the rubric (prompts filled) and the key it grades against.
    package let grader: Grader
    /// The labels to fill in, with prompts and hints but no key value.
    package let outline: TemplateOutline

    /// The view graded by `grader`.
    package init(grader: Grader) {
        self.grader = grader
        outline = TemplateOutline(rubric: grader.rubric)
    }

    /// The rubric this visitor sees.
    package var rubric: Rubric { grader.rubric }

    /// Why a visitor has no view of an assignment: a sentence for the page, never a key or salt.
    package enum Refusal: Error, Sendable, Equatable {
        /// A family of questions opened without a personal link.
        case needsPersonalLink
        /// The student's variant cannot be drawn (no salt, or no draw met the constraints).
        case cannotDraw

        /// The message the page shows.
        package var message: String {
            switch self {
            case .needsPersonalLink:
                "Every student has their own numbers in this assignment, so it can only be checked through your personal link. Ask your instructor for it."
            case .cannotDraw:
                "Your numbers for this assignment cannot be made on this server. Tell your instructor; your answers were not checked."
            }
        }
    }
}
