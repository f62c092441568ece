import Foundation
import RNNGrading

/// Gradescope's autograder `results.json` for one submission.
///
/// The layout, from Gradescope's autograder specification ("Output format"):
/// ```
/// {
///   "output" : "Total: 7.5 / 10 points (75%)",
///   "score" : 7.5,
///   "stdout_visibility" : "hidden",
///   "tests" : [
///     { "max_score" : 1, "name" : "1.a — Compute ŷ₂.", "output" : "Correct: 1 / 1 point\n…",
///       "score" : 1, "visibility" : "after_published" }
///   ]
/// }
/// ```
/// One test per part, in rubric order. A test's `output` gives the verdict, the answer, the
/// format error, the feedback sentences and the follow-through note; the key only where the
/// part's `StudentView` shows it and `Options.revealKey` is set. `stdout_visibility` is written only
/// when set (Gradescope's default keeps standard output from students).
package enum GradescopeResults {
    /// What the caller decides about visibility and the key.
    package struct Options: Sendable, Hashable {
        /// The visibility of every test without its own entry in `partVisibility`.
        package var visibility: GradescopeVisibility
        /// Visibility per part id, overriding `visibility`.
        package var partVisibility: [String: GradescopeVisibility]
        /// The top-level `stdout_visibility`, omitted when nil.
        package var stdoutVisibility: GradescopeVisibility?
        /// Whether a test's output may show the part's key (where its `StudentView` shows it).
        package var revealKey: Bool

        /// Options with Gradescope's cautious defaults: tests shown after publishing, key hidden.
        package init(visibility: GradescopeVisibility = .afterPublished,
                    partVisibility: [String: GradescopeVisibility] = [:],
                    stdoutVisibility: GradescopeVisibility? = nil,
                    revealKey: Bool = false) {
            self.visibility = visibility
            self.partVisibility = partVisibility
            self.stdoutVisibility = stdoutVisibility
            self.revealKey = revealKey
        }
    }

    /// The `results.json` for `grade`, with part titles from `batch`.
    package static func render(_ grade: SubmissionGrade, in batch: BatchResult,
                              options: Options = Options()) throws -> Data {
        let results = Results(
            score: grade.total,
            output: summary(grade),
            stdoutVisibility: options.stdoutVisibility,
            tests: grade.parts.map { part in
                Test(name: FeedbackWording.partHeading(part, in: batch),
                     score: part.points,
                     maxScore: part.maxPoints,
                     output: output(StudentView(released: part, in: batch, revealsKey: options.revealKey)),
                     visibility: options.partVisibility[part.partID] ?? options.visibility)
            })
        return try ReportJSON.encode(results)
    }

    private static func summary(_ grade: SubmissionGrade) -> String {
        var lines = [FeedbackWording.total(grade)]
        if let loadError = grade.loadError {
            lines += [FeedbackWording.unreadableFile, loadError]
        }
        if !grade.warnings.isEmpty {
            lines += ["\(FeedbackWording.warnings):"] + grade.warnings.map { "- \($0)" }
        }
        return lines.joined(separator: "\n")
    }

    private static func output(_ view: StudentView) -> String {
        ([FeedbackWording.verdict(view.grade)] + FeedbackWording.plainLines(view)).joined(separator: "\n")
    }

    private struct Results: Encodable {
        var score: Double
        var output: String
        var stdoutVisibility: GradescopeVisibility?
        var tests: [Test]

        enum CodingKeys: String, CodingKey {
            case score, output, tests
            case stdoutVisibility = "stdout_visibility"
        }
    }

    private struct Test: Encodable {
        var name: String
        var score: Double
        var maxScore: Double
        var output: String
        var visibility: GradescopeVisibility

        enum CodingKeys: String, CodingKey {
            case name, score, output, visibility
            case maxScore = "max_score"
        }
    }
}
