extension StudentView {
    /// The view of a grade the ``Grader`` released into `batch`: its key is already there only
    /// where the rubric reveals it, so it is shown unless the caller withholds every key
    /// (`revealsKey: false`); hand-grading comes from the part's outline.
    package init(released grade: PartGrade, in batch: BatchResult, revealsKey: Bool = true) {
        self.init(grade: grade, isHandGraded: batch.outline(grade.partID)?.isHandGraded ?? false,
                  revealsKey: revealsKey)
    }
}
