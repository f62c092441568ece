import RNNGrading

extension ClassSummary.PartStatistics {
    /// The statistics of the part `outline` over the `readable` submissions.
    init(_ outline: BatchResult.PartOutline, over readable: [SubmissionGrade], commonAnswerLimit: Int) {
        let grades = readable.map { $0.part(outline.id) }
        let count = Double(readable.count)
        id = outline.id
        title = outline.title
        maxPoints = outline.maxPoints
        meanPoints = readable.isEmpty ? nil : grades.reduce(0) { $0 + ($1?.points ?? 0) } / count
        shareCorrect = readable.isEmpty ? nil : Double(grades.count { $0?.verdict == .correct }) / count
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
