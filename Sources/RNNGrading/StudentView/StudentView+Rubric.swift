import RNNRubric

extension StudentView {
    /// The view of `grade` for `part`: hand-graded by its answer kind, the key revealed by the
    /// part's own `reveal-key`, else the rubric's `defaults`.
    package init(grade: PartGrade, part: Part, defaults: GradingDefaults) {
        self.init(grade: grade, isHandGraded: part.answer.isHandGraded,
                  revealsKey: part.revealKey ?? defaults.revealKey)
    }

    /// The view of `grade` for its part in `rubric`; a grade of a part the rubric does not have
    /// is auto-graded, and its key revealed by the rubric's default.
    package init(grade: PartGrade, in rubric: Rubric) {
        if let part = rubric.part(grade.partID) {
            self.init(grade: grade, part: part, defaults: rubric.defaults)
        } else {
            self.init(grade: grade, isHandGraded: false, revealsKey: rubric.defaults.revealKey)
        }
    }
}
