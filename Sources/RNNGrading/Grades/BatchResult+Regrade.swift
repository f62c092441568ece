extension BatchResult {
    /// This batch (the previous reports) with the submissions of the students `regraded`
    /// holds replaced by those: the rest of the class stays as it was. The parts, roster and
    /// set-aside files are the regraded batch's (the same rubric and folder).
    package func replacingStudents(with regraded: BatchResult) -> BatchResult {
        let students = Set(regraded.submissions.map(\.studentID))
        let kept = submissions.filter { !students.contains($0.studentID) }
        return BatchResult(assignmentID: regraded.assignmentID, assignmentTitle: regraded.assignmentTitle, parts: regraded.parts,
                           submissions: kept + regraded.submissions, setAside: regraded.setAside ?? [], roster: regraded.roster)
    }

    /// Whether writing `replacement` over this batch (the previous reports) would shrink the
    /// class a lot: to fewer than half its submissions, losing at least two.
    package func wouldShrink(to replacement: BatchResult) -> Bool {
        replacement.submissions.count * 2 < submissions.count && submissions.count - replacement.submissions.count >= 2
    }
}
