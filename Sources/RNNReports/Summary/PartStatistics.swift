import RNNGrading

extension ClassSummary.PartStatistics {
    /// The statistics of the part `outline` over the `readable` submissions.
    init(_ outline: BatchResult.PartOutline, over readable: [SubmissionGrade], commonAnswerLimit: Int) {
        let grades = readable.map { $0.part(outline.id) }
        id = outline.id
        title = outline.title
        maxPoints = outline.maxPoints
        // A pending part is not a zero: the mean covers the grades given so far.
        let given = grades.filter { $0?.verdict != .pending }
        meanPoints = given.isEmpty ? nil : given.reduce(0) { $0 + ($1?.points ?? 0) } / Double(given.count)
        shareCorrect = given.isEmpty ? nil : Double(given.count { $0?.verdict == .correct }) / Double(given.count)
        var counts: [String: Int] = [:]
        for answer in grades.compactMap(WrongAnswer.normalized) {
            counts[answer, default: 0] += 1
        }
        commonWrongAnswers = counts
            .map { ClassSummary.AnswerCount(answer: $0.key, count: $0.value) }
            .sorted { ($1.count, $0.answer) < ($0.count, $1.answer) }
            .prefix(commonAnswerLimit)
            .map { $0 }
    }
}
