import RNNMath
@testable import RNNGrading

/// The exact scalar n/d, written by hand in tests.
func q(_ numerator: Int, _ denominator: Int = 1) -> Scalar {
    .exact(Rational(numerator) / Rational(denominator))
}

/// A matrix from rows of exact integers over a common denominator, written by hand in tests.
func exactMatrix(_ rows: [[Int]], over denominator: Int = 1) -> Matrix {
    let elements = rows.flatMap { $0 }.map { q($0, denominator) }
    return (try? Matrix(rows: rows.count, cols: rows.first?.count ?? 0, elements: elements)) ?? .scalar(.zero)
}

/// The value read from `text`, or `nil` when it is a format error.
func readValue(_ text: String, as syntax: AnswerSyntax) -> AnswerValue? {
    try? AnswerReader.read(text, as: syntax).get()
}

/// The format error for `text`, or `nil` when it reads.
func readError(_ text: String, as syntax: AnswerSyntax) -> AnswerFormatError? {
    if case let .failure(error) = AnswerReader.read(text, as: syntax) { return error }
    return nil
}
