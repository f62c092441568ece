import RNNGrading
import RNNMath

/// Which grade columns an import file for a learning management system (Canvas, Moodle) has.
///
/// A cell is left empty, so that the import posts no grade, when the submission's file could
/// not be read or when a part it covers still awaits a TA (the `gradebook.csv` says why):
/// rnngrade never posts a silent zero.
public enum LMSGradeColumns: Sendable, Hashable, CaseIterable {
    /// One column with the assignment total, named by the assignment title.
    case total
    /// One column per part, named `<assignment title> <part id>`.
    case perPart

    /// The column names.
    func headers(_ batch: BatchResult) -> [String] {
        switch self {
        case .total: [batch.assignmentTitle]
        case .perPart: batch.parts.map { "\(batch.assignmentTitle) \($0.id)" }
        }
    }

    /// The points each column is out of.
    func maxPoints(_ batch: BatchResult) -> [String] {
        switch self {
        case .total: [DecimalText.string(batch.maxTotal)]
        case .perPart: batch.parts.map { DecimalText.string($0.maxPoints) }
        }
    }

    /// The cells of one submission.
    func scores(_ submission: SubmissionGrade, in batch: BatchResult) -> [String] {
        switch self {
        case .total:
            let postable = submission.loadError == nil && !submission.parts.contains { $0.verdict == .pending }
            return [postable ? DecimalText.string(submission.total) : ""]
        case .perPart:
            return batch.parts.map { outline in
                guard submission.loadError == nil, let part = submission.part(outline.id), part.verdict != .pending else {
                    return ""
                }
                return DecimalText.string(part.points)
            }
        }
    }
}
