import RNNGrading

/// The rows of the TA's hand-grading sheet, shared by `hand-grading.csv` (to fill in) and
/// `hand-grading.html` (to read): one per answered hand-graded part, by student then part.
enum HandGradingRows {
    /// One answer to grade by hand.
    struct Row {
        var studentID: String
        var name: String?
        var partID: String
        var answer: String
        /// The rubric's criteria for the part (empty when it states none).
        var lookFor: String
        var maxPoints: Double
        /// The merged points and comment once a TA has graded it; nil while pending.
        var graded: (points: Double, comment: String)?
    }

    /// The rows of `batch`; `lookFor` maps part ids to their criteria.
    static func rows(_ batch: BatchResult, lookFor: [String: String]) -> [Row] {
        batch.submissions.flatMap { submission in
            submission.parts.compactMap { part -> Row? in
                guard let outline = batch.outline(part.partID), outline.isHandGraded, let answer = part.answer else { return nil }
                let graded = part.verdict == .pending ? nil : (part.points, part.feedback.joined(separator: " "))
                return Row(studentID: submission.studentID, name: submission.name, partID: part.partID, answer: answer,
                           lookFor: lookFor[part.partID] ?? "", maxPoints: part.maxPoints, graded: graded)
            }
        }
    }
}
