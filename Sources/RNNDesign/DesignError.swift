/// Why a design part could not be checked: a problem with the rubric's models, or with the
/// parameters the student gave.
package enum DesignError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The rubric's design part or models cannot be checked as written (an authoring error).
    case rubric(String)
    /// The student's parameters are missing, extra, misshapen, or make the network fail.
    case submission(String)
    /// Running the network would exceed the rubric's work budget (its exact values outgrow it).
    case overBudget(String)

    /// The message, addressed to whoever must act on it.
    package var description: String {
        switch self {
        case .rubric(let message), .submission(let message), .overBudget(let message): message
        }
    }

    /// The same error, saying the input it happened on: `input 0110: the network cannot be run: …`.
    func on(input: String) -> DesignError {
        switch self {
        case .rubric(let message): .rubric("input \(input): \(message)")
        case .submission(let message): .submission("input \(input): \(message)")
        case .overBudget(let message): .overBudget("input \(input): \(message)")
        }
    }
}
