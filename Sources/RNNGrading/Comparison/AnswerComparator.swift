import RNNMath

/// Grades a read answer against the key's value: the grading phase, after ``AnswerReader``.
///
/// Dispatches to ``ScalarScoring``, ``MatrixScoring``, ``IntervalScoring``, ``ChoiceScoring``
/// and ``FormulaScoring``. A number and a 1×1 matrix are the same value. Answers of another
/// kind than the key's score 0 with a sentence saying what was expected.
package enum AnswerComparator {
    /// How answers are compared beyond the tolerance.
    package struct Options: Hashable, Sendable {
        /// Whether a matrix earns credit per correct entry (otherwise all or nothing).
        package var partialCredit: Bool
        /// Where formula variables are sampled.
        package var formulaDomain: FormulaDomain
        /// The credit a wrong pick of multiple choice takes away (nil: one right pick's share).
        package var choicePenalty: Double?

        /// Makes options; by default per-entry partial credit, the default formula domain and
        /// the default choice penalty.
        package init(partialCredit: Bool = true, formulaDomain: FormulaDomain = FormulaDomain(), choicePenalty: Double? = nil) {
            self.partialCredit = partialCredit
            self.formulaDomain = formulaDomain
            self.choicePenalty = choicePenalty
        }
    }

    /// The score of `answer` against `key`.
    package static func score(_ answer: AnswerValue, key: AnswerValue, tolerance: Tolerance = .standard, options: Options = Options()) -> Score {
        switch (answer, key) {
        case let (.number(student), .number(expected)):
            ScalarScoring.score(student, key: expected, tolerance: tolerance)
        case let (.number(student), .matrix(expected)):
            MatrixScoring.score(.scalar(student), key: expected, tolerance: tolerance, partialCredit: options.partialCredit)
        case let (.matrix(student), .number(expected)):
            MatrixScoring.score(student, key: .scalar(expected), tolerance: tolerance, partialCredit: options.partialCredit)
        case let (.matrix(student), .matrix(expected)):
            MatrixScoring.score(student, key: expected, tolerance: tolerance, partialCredit: options.partialCredit)
        case let (.interval(student), .interval(expected)):
            allOrNothing(IntervalScoring.score(student, key: expected, tolerance: tolerance), unless: options.partialCredit)
        case let (.choices(picks), .choices(expected)):
            ChoiceScoring.score(picks, key: expected, penalty: options.choicePenalty)
        case let (.formula(student, _), .formula(expected, _)):
            FormulaScoring.score(student, key: expected, tolerance: tolerance, domain: options.formulaDomain)
        case let (.weights(student), .weights(expected)):
            WeightsScoring.score(student, key: expected, tolerance: tolerance)
        default:
            .zero("expected \(key.kindDescription), received \(answer.kindDescription)")
        }
    }
}

extension AnswerComparator {
    /// `score` itself when partial credit is allowed or it is full; else no credit, same feedback.
    static func allOrNothing(_ score: Score, unless partialCredit: Bool) -> Score {
        partialCredit || score.isFull ? score : Score(fraction: 0, feedback: score.feedback)
    }
}

extension AnswerValue {
    /// "a number", "a matrix", … for messages.
    var kindDescription: String {
        switch self {
        case .number: "a number"
        case .matrix: "a vector or matrix"
        case .interval: "an interval"
        case .choices: "choice labels"
        case .formula: "a formula"
        case .weights: "a set of weights"
        }
    }
}
