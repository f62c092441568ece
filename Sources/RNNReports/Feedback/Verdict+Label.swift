import RNNGrading

extension Verdict {
    /// The verdict as feedback and summaries name it to a reader.
    package var label: String {
        switch self {
        case .correct: "Correct"
        case .partial: "Partly right"
        case .wrong: "Wrong"
        case .unreadable: "Could not be read"
        case .unanswered: "Not answered"
        case .pending: "To be graded by hand"
        }
    }
}
