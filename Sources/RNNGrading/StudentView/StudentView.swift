/// What a student may see of one part's grade: the one policy behind `check`, the feedback
/// files, Gradescope's results and anything else that shows a grade to the student who earned it.
///
/// A renderer builds one view per part and asks it:
/// - ``showsKey`` / ``key``: the key (in display form) is shown only when the rubric reveals it
///   (`reveal-key`, per part or by default) and the answer was read and assessed — right,
///   partly right or wrong; never beside an unanswered, unreadable or pending part.
/// - ``correction``: the key where it corrects something, beside an answer that is not fully right.
/// - ``isPendingHandGrading``: a TA grades the answer later.
/// - ``countsTowardAutoTotal``: the part's points are part of the auto-graded total (every part
///   but a hand-graded one).
/// - ``feedback``, ``formatError``, ``followThroughFrom``, ``briefFeedback``: what the student is told.
///
/// The ``Grader`` applies the same view when it releases a grade (``released``), so a grade's
/// `key` is already empty wherever the view hides it.
package struct StudentView: Sendable, Hashable {
    /// The part's grade as the grader made it.
    package let grade: PartGrade
    /// Whether the part is graded by hand (`AnswerSpec.isHandGraded`).
    package let isHandGraded: Bool
    /// Whether the rubric lets students see this part's key.
    package let revealsKey: Bool

    /// The view of `grade`, for a part graded by hand or not, whose key the rubric reveals or not.
    package init(grade: PartGrade, isHandGraded: Bool, revealsKey: Bool) {
        self.grade = grade
        self.isHandGraded = isHandGraded
        self.revealsKey = revealsKey
    }

    /// The verdicts of answers that were read and compared with the key.
    static let assessed: Set<Verdict> = [.correct, .partial, .wrong]
    /// The verdicts of answers that earned less than full credit but were assessed.
    static let corrected: Set<Verdict> = [.partial, .wrong]

    /// Whether the student sees the key: the rubric reveals it, there is one, and the answer was assessed.
    package var showsKey: Bool {
        revealsKey && grade.key != nil && Self.assessed.contains(grade.verdict)
    }

    /// The key the student sees, or nil.
    package var key: String? {
        showsKey ? grade.key : nil
    }

    /// The key as a correction: shown only beside a wrong or partly right answer (a one-screen
    /// view such as `check` leaves it out beside a right one).
    package var correction: String? {
        Self.corrected.contains(grade.verdict) ? key : nil
    }

    /// Whether a TA grades this answer later: a hand-graded part's answer, or one the grader
    /// could not assess (its key or design checker failed).
    package var isPendingHandGrading: Bool {
        grade.verdict == .pending
    }

    /// Whether the part's points count toward the auto-graded total.
    package var countsTowardAutoTotal: Bool {
        !isHandGraded
    }

    /// The feedback sentences: what was wrong, the recognised mistake's own feedback, the
    /// follow-through sentence. (The name of the matched mistake is for TAs only.)
    package var feedback: [String] {
        grade.feedback
    }

    /// The rendered format error with its caret, for an answer that could not be read.
    package var formatError: String? {
        grade.formatError
    }

    /// The part whose (wrong) answer this grade was computed with, for the follow-through note.
    package var followThroughFrom: String? {
        grade.followThroughFrom
    }

    /// The lines a one-screen view shows under the verdict: the format error's lines when the
    /// answer could not be read (the feedback then only restates its message), else the
    /// feedback sentences.
    package var briefFeedback: [String] {
        if let formatError {
            return formatError.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        return feedback
    }

    /// The grade as it may be handed to students and stored: its key only where ``showsKey``.
    package var released: PartGrade {
        var shown = grade
        shown.key = key
        return shown
    }
}
