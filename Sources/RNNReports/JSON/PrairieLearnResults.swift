import Foundation
import RNNGrading

/// PrairieLearn's external-grading `results.json` for one submission.
///
/// The layout, from PrairieLearn's "External Grading" documentation, section "Grading results"
/// (https://prairielearn.readthedocs.io/en/latest/externalGrading/#grading-results, source
/// https://github.com/PrairieLearn/PrairieLearn/blob/master/docs/externalGrading.md):
/// ```
/// {
///   "gradable" : true,
///   "message" : "Total: 3 / 4 points (75%)",
///   "score" : 0.75,
///   "tests" : [
///     { "max_points" : 1, "message" : "Correct: 1 / 1 point", "name" : "1.a — Compute ŷ₂.",
///       "output" : "Your answer: 6", "points" : 1 }
///   ]
/// }
/// ```
/// - `score`, the one mandatory field of a gradable result, is a number in [0, 1]: the points
///   over the points available (0 when nothing is available).
/// - `gradable: false` marks a submission that could not be read: PrairieLearn then awards and
///   takes no points and does not count the attempt; `format_errors` says why, and `score` is
///   left out, as the documentation allows.
/// - One test per part (`name`, `points`, `max_points`, `message`: the verdict, `output`: the
///   answer, format error, feedback and the key where the part shows it), read by the
///   `<pl-external-grader-results>` element.
package enum PrairieLearnResults {
    /// The results for `grade`, with part titles from `batch`; not gradable when the file
    /// could not be read.
    package static func render(_ grade: SubmissionGrade, in batch: BatchResult) throws -> Data {
        if let loadError = grade.loadError { return try notGradable(loadError) }
        let results = Results(
            gradable: true,
            score: grade.maxTotal > 0 ? min(1, max(0, grade.total / grade.maxTotal)) : 0,
            message: FeedbackWording.total(grade) + grade.warnings.map { "\nwarning: \($0)" }.joined(),
            formatErrors: nil,
            tests: grade.parts.map { part in
                let view = StudentView(released: part, in: batch, revealsKey: true)
                return Test(name: FeedbackWording.partHeading(part, in: batch), points: part.points, maxPoints: part.maxPoints,
                            message: FeedbackWording.verdict(part), output: FeedbackWording.plainLines(view).joined(separator: "\n"))
            })
        return try ReportJSON.encode(results)
    }

    /// A result that awards nothing and costs no attempt, with `message` as its format error.
    package static func notGradable(_ message: String) throws -> Data {
        try ReportJSON.encode(Results(gradable: false, score: nil, message: message, formatErrors: [message], tests: nil))
    }

    private struct Results: Encodable {
        var gradable: Bool
        var score: Double?
        var message: String
        var formatErrors: [String]?
        var tests: [Test]?

        enum CodingKeys: String, CodingKey {
            case gradable, score, message, tests
            case formatErrors = "format_errors"
        }
    }

    private struct Test: Encodable {
        var name: String
        var points: Double
        var maxPoints: Double
        var message: String
        var output: String

        enum CodingKeys: String, CodingKey {
            case name, points, message, output
            case maxPoints = "max_points"
        }
    }
}
