import RNNExpr
import RNNRubric

/// Why a part that should have a key has none; it becomes text only when a report prints it.
enum KeyFailure: Error, Sendable, CustomStringConvertible {
    /// A problem located in the rubric: the solver's error, or a design or formula key that
    /// cannot be checked.
    case located(Diagnostic)
    /// The ask's value has the wrong shape for the part's answer element.
    case shapeMismatch(partID: String, shape: String, kind: ComputedKind, advice: String)
    /// The ask's value is neither a number nor a matrix.
    case notANumber(partID: String)
    /// A `<choice ask>` whose value is not one of the part's option ids.
    case notAnOption(partID: String, value: String, options: [String])
    /// The part states no key and none was computed.
    case missing(partID: String)
    /// The key text cannot be read in the part's answer syntax.
    case unreadable(partID: String, text: String, AnswerFormatError)

    var description: String {
        switch self {
        case .located(let diagnostic):
            diagnostic.description
        case .shapeMismatch(let partID, let shape, let kind, let advice):
            "\(partID): the ask's value is \(shape), but the part is a <\(kind.rawValue)>: \(advice)"
        case .notANumber(let partID):
            "\(partID): the ask's value is not a number or matrix; use a <number>, <vector> or <matrix> ask that gives one, or a <choice ask> for a verdict"
        case .notAnOption(let partID, let value, let options):
            "\(partID): the ask gives '\(value)', which is not an option of this choice; give it <option id=\"\(value)\"> (options: \(options.joined(separator: ", ")))"
        case .missing(let partID):
            "part \(partID) has no key"
        case .unreadable(let partID, let text, let error):
            "the key of part \(partID), '\(text)', cannot be read: \(error.message)"
        }
    }
}
