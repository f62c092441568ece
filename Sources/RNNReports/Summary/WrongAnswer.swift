import RNNGrading

/// The wrong answers the summary compares: a readable answer that earned less than full credit
/// (verdict wrong or partial), with its whitespace normalised so that `[1,  2]` and `[1, 2]`
/// count as one answer.
enum WrongAnswer {
    /// The normalised wrong answer of `part`, or nil when the part is not a wrong answer.
    static func normalized(_ part: PartGrade?) -> String? {
        guard let part, part.verdict == .wrong || part.verdict == .partial, let answer = part.answer else {
            return nil
        }
        let text = answer.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return text.isEmpty ? nil : text
    }
}
