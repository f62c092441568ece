import RNNGrading
import RNNMath
import RNNRubric

/// The student's view of their graded answers in the terminal: per part the verdict, the
/// `StudentView`'s brief feedback and its correction, then the auto-graded total.
enum CheckReport {
    static func render(_ grade: SubmissionGrade, rubric: Rubric, style: TerminalStyle) -> String {
        var out = style.bold("\(rubric.title) (\(rubric.id))") + "\n"
        let views = grade.parts.map { StudentView(grade: $0, in: rubric) }
        for view in views {
            let part = view.grade
            let points = "\(DecimalText.string(part.points, maxFractionDigits: 2))/\(DecimalText.string(part.maxPoints, maxFractionDigits: 2))"
            let (mark, word) = label(part.verdict, style: style)
            out += "\n\(mark) \(part.partID)  \(word)  \(style.dim(points))\n"
            for line in view.briefFeedback { out += "    \(line)\n" }
            if let key = view.correction {
                out += "    key: \(key)\n"
            }
        }
        let pending = views.filter(\.isPendingHandGrading).map(\.grade)
        let automatic = views.filter(\.countsTowardAutoTotal).map(\.grade)
        out += "\nAuto-graded so far: \(DecimalText.string(grade.total, maxFractionDigits: 2)) of \(DecimalText.points(automatic.reduce(0) { $0 + $1.maxPoints }, maxFractionDigits: 2)).\n"
        if !pending.isEmpty {
            out += "Graded by hand later: \(pending.map(\.partID).joined(separator: ", ")) (\(DecimalText.points(pending.reduce(0) { $0 + $1.maxPoints }, maxFractionDigits: 2))).\n"
        }
        for warning in grade.warnings { out += style.yellow("warning: ") + warning + "\n" }
        return out
    }

    private static func label(_ verdict: Verdict, style: TerminalStyle) -> (String, String) {
        switch verdict {
        case .correct: (style.green("✓"), style.green("right"))
        case .partial: (style.yellow("~"), style.yellow("partly right"))
        case .wrong: (style.red("✗"), style.red("wrong"))
        case .unreadable: (style.red("?"), style.red("unreadable"))
        case .unanswered: (style.dim("-"), style.dim("unanswered"))
        case .pending: (style.dim("…"), "graded by hand later")
        }
    }

}
