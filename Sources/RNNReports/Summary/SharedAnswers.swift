import RNNGrading

extension ClassSummary.SharedAnswers {
    /// How many students may share a wrong answer before it counts as a common mistake.
    static let commonAnswerSize = 10

    /// Pairs of readable submissions by different students that gave the same wrong or partly
    /// right answer (`WrongAnswer`) to at least `threshold` auto-graded parts (every kind but
    /// `manual`): a hint for a closer look, not proof. Most shared first, then by submission.
    ///
    /// An answer given by more than ``commonAnswerSize`` students is a common mistake (the
    /// summary lists it), not a sign of copying, and is skipped: that also keeps the work linear
    /// in the class size.
    static func pairs(in batch: BatchResult, threshold: Int) -> [Self] {
        struct Pair: Hashable { var first: Int, second: Int }
        let submissions = batch.submissions
        var shared: [Pair: [String]] = [:]
        for outline in batch.parts where !outline.isHandGraded {
            var groups: [String: [Int]] = [:]
            for (index, submission) in submissions.enumerated() where submission.loadError == nil {
                if let answer = WrongAnswer.normalized(submission.part(outline.id)) {
                    groups[answer, default: []].append(index)
                }
            }
            for members in groups.values where members.count <= commonAnswerSize {
                for (position, first) in members.enumerated() {
                    for second in members[(position + 1)...]
                    where submissions[first].studentID != submissions[second].studentID {
                        shared[Pair(first: first, second: second), default: []].append(outline.id)
                    }
                }
            }
        }
        return shared
            .filter { $0.value.count >= threshold }
            .map { pair, partIDs in
                Self(first: ClassSummary.SubmissionRef(submissions[pair.first]),
                     second: ClassSummary.SubmissionRef(submissions[pair.second]),
                     partIDs: partIDs)
            }
            .sorted { ($1.partIDs.count, $0.first, $0.second) < ($0.partIDs.count, $1.first, $1.second) }
    }
}
