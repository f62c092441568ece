import RNNGrading
import RNNMath
import RNNReports
import RNNRubric

/// The verdicts of one check as the student sees them: per part what `check` prints, through
/// the same `StudentView` (the key only where the rubric reveals it, never a mistake's name).
struct CheckResult {
    /// The grade of the answers sent.
    let grade: SubmissionGrade

    /// The result section of the page.
    func html(rubric: Rubric) -> String {
        var out = "<section aria-labelledby=\"result\">\n<h2 id=\"result\">Result</h2>\n"
        if let error = grade.loadError {
            out += "<p class=\"verdict unreadable\">Your file could not be read:</p>\n<pre>\(MarkupEscaping.text(error))</pre>\n"
        }
        let views = grade.parts.map { StudentView(grade: $0, in: rubric) }
        for view in views {
            let part = view.grade
            let points = "\(DecimalText.string(part.points, maxFractionDigits: 2))/\(DecimalText.string(part.maxPoints, maxFractionDigits: 2))"
            out += "<div class=\"part\">\n<p><strong>\(MarkupEscaping.text(part.partID))</strong> <span class=\"verdict \(part.verdict.rawValue)\">\(MarkupEscaping.text(part.verdict.label))</span> \(points)</p>\n"
            if let formatError = view.formatError {
                out += "<pre>\(MarkupEscaping.text(formatError))</pre>\n"
            } else if !view.feedback.isEmpty {
                out += "<ul>\n" + view.feedback.map { "<li>\(MarkupEscaping.text($0))</li>\n" }.joined() + "</ul>\n"
            }
            if let key = view.correction {
                out += "<p>Key:</p>\n<pre>\(MarkupEscaping.text(key))</pre>\n"
            }
            out += "</div>\n"
        }
        let automatic = views.filter(\.countsTowardAutoTotal).reduce(0) { $0 + $1.grade.maxPoints }
        out += "<p><strong>Auto-graded so far: \(DecimalText.string(grade.total, maxFractionDigits: 2)) of \(DecimalText.string(automatic, maxFractionDigits: 2)) points.</strong></p>\n"
        let pending = views.filter(\.isPendingHandGrading).map(\.grade.partID)
        if !pending.isEmpty {
            out += "<p>Graded by hand later: \(MarkupEscaping.text(pending.joined(separator: ", "))).</p>\n"
        }
        if !grade.warnings.isEmpty {
            out += "<ul class=\"notice\">\n" + grade.warnings.map { "<li>\(MarkupEscaping.text($0))</li>\n" }.joined() + "</ul>\n"
        }
        return out + "</section>\n"
    }
}
