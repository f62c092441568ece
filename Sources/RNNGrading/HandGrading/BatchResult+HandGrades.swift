import RNNMath

extension BatchResult {
    /// The batch with `grades` merged in: each names a student and a part graded by hand, and
    /// sets its points (verdict right at full marks, wrong at 0, partly right between) and
    /// adds the TA's comment to its feedback. Rows for a student or part the batch does not
    /// have, for a part that is not graded by hand, or with points outside 0…max, are refused
    /// with the file and row; nothing is merged then.
    package func merging(_ grades: [HandGrade], file: String) throws -> BatchResult {
        var merged = self
        for grade in grades {
            func refuse(_ why: String) -> HandGradingFile.Failure {
                HandGradingFile.Failure(description: "\(file): row \(grade.row) (\(grade.studentID), \(grade.partID)): \(why)")
            }
            guard let index = merged.submissions.firstIndex(where: { $0.studentID == grade.studentID }) else {
                throw refuse("no submission of student '\(grade.studentID)' in this batch; check the student column")
            }
            guard let outline = outline(grade.partID) else {
                throw refuse("the assignment has no part '\(grade.partID)'; check the part column")
            }
            guard outline.isHandGraded else {
                throw refuse("part \(grade.partID) is graded automatically, not by hand; delete this row")
            }
            guard let partIndex = merged.submissions[index].parts.firstIndex(where: { $0.partID == grade.partID }) else {
                throw refuse("the submission has no grade for part \(grade.partID)")
            }
            guard grade.points >= 0, grade.points <= outline.maxPoints else {
                throw refuse("\(DecimalText.string(grade.points)) points is outside 0…\(DecimalText.string(outline.maxPoints)), what the part is worth")
            }
            var part = merged.submissions[index].parts[partIndex]
            part.points = grade.points
            part.verdict = grade.points == outline.maxPoints ? .correct : grade.points == 0 ? .wrong : .partial
            part.feedback = grade.comment.isEmpty ? [] : [grade.comment]
            merged.submissions[index].parts[partIndex] = part
        }
        return merged
    }
}

extension BatchResult {
    /// The batch with the hand grades of `previous` (the reports already written) carried
    /// over: a part still pending here that `previous` graded by hand, for the same student
    /// and the same answer text, keeps that grade. So grading again without `--hand` loses no
    /// TA's work, and a changed answer is pending again.
    package func carryingHandGrades(from previous: BatchResult) -> BatchResult {
        let earlier = Dictionary(previous.submissions.map { ($0.studentID, $0) }) { first, _ in first }
        var carried = self
        for index in carried.submissions.indices {
            guard let before = earlier[carried.submissions[index].studentID] else { continue }
            for partIndex in carried.submissions[index].parts.indices {
                let part = carried.submissions[index].parts[partIndex]
                guard part.verdict == .pending, outline(part.partID)?.isHandGraded == true,
                      let old = before.parts.first(where: { $0.partID == part.partID }),
                      old.verdict != .pending, old.answer == part.answer else { continue }
                carried.submissions[index].parts[partIndex] = old
            }
        }
        return carried
    }
}
