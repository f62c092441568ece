import RNNGrading
import RNNMath

/// The sentences and labels every feedback format shares (Markdown, HTML, Gradescope), so the
/// three say the same thing in the same words.
enum FeedbackWording {
    /// `Week 10: Recurrent neural networks — feedback for 400101515`, or with the name when
    /// known: `… — feedback for Carol White (400101515)`.
    static func title(_ grade: SubmissionGrade, in batch: BatchResult) -> String {
        "\(batch.assignmentTitle) — feedback for \(grade.name.map { "\($0) (\(grade.studentID))" } ?? grade.studentID)"
    }

    /// `Total: 7.5 / 10 points (75%)`; while parts await a TA, `Auto-graded so far: 6 / 8
    /// points (75%); 2.a, 2.b (3 points) to be graded by hand`.
    static func total(_ grade: SubmissionGrade) -> String {
        let pending = grade.pendingParts
        guard !pending.isEmpty else {
            return "Total: \(DecimalText.string(grade.total)) / \(DecimalText.points(grade.maxTotal)) (\(DecimalText.percent(grade.percent)))"
        }
        let waiting = DecimalText.points(pending.reduce(0) { $0 + $1.maxPoints })
        return "Auto-graded so far: \(DecimalText.string(grade.total)) / \(DecimalText.points(grade.gradedMaxTotal)) (\(DecimalText.percent(grade.gradedPercent))); \(pending.map(\.partID).joined(separator: ", ")) (\(waiting)) to be graded by hand"
    }

    /// `File: answers/400101515.txt`.
    static func file(_ grade: SubmissionGrade) -> String {
        "File: \(grade.file)"
    }

    /// Introduces a load error.
    static let unreadableFile = "This file could not be read, so no part was graded:"
    /// Heads the list of warnings.
    static let warnings = "Warnings"
    /// Labels the student's answer.
    static let answer = "Your answer"
    /// Stands in for a missing answer.
    static let noAnswer = "(no answer)"
    /// Labels the answer key.
    static let key = "Key"
    /// Labels a format error.
    static let formatError = "Why your answer could not be read"

    /// `1.a — Compute ŷ₂.`, or the bare id when the part has no title.
    static func partHeading(id: String, title: String) -> String {
        title.isEmpty ? id : "\(id) — \(title)"
    }

    /// The heading of `part`, with its title from `batch`.
    static func partHeading(_ part: PartGrade, in batch: BatchResult) -> String {
        partHeading(id: part.partID, title: batch.outline(part.partID)?.title ?? "")
    }

    /// `Partly right: 0.6 / 2 points`.
    static func verdict(_ part: PartGrade) -> String {
        "\(part.verdict.label): \(DecimalText.string(part.points)) / \(DecimalText.points(part.maxPoints))"
    }

    /// `Precision needed: 3 significant figures`.
    static func precision(_ requirement: String) -> String {
        "Precision needed: \(requirement)"
    }

    /// The follow-through note, when the part was graded with an earlier answer of the student's.
    static func followThrough(_ view: StudentView) -> String? {
        view.followThroughFrom.map {
            "Follow-through: this part was graded using your own answer to \($0) instead of the key."
        }
    }

    /// A part's feedback as plain lines, for the autograders' results (Gradescope, PrairieLearn):
    /// the answer, the format error with its caret, the key where shown, the notes.
    static func plainLines(_ view: StudentView) -> [String] {
        var lines = ["\(answer): \(view.grade.answer ?? noAnswer)"]
        if let formatError = view.formatError { lines += ["\(Self.formatError):", formatError] }
        if let key = view.key { lines.append("\(Self.key): \(key)") }
        return lines + notes(view)
    }

    /// The feedback sentences the student sees, then the follow-through note.
    static func notes(_ view: StudentView) -> [String] {
        view.feedback + [followThrough(view)].compactMap { $0 }
    }
}
