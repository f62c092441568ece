import RNNGrading
import RNNMath
import RNNRubric

/// The student's view of their graded answers.
enum CheckReport {
    static func render(_ grade: SubmissionGrade, rubric: Rubric, style: TerminalStyle) -> String {
        var out = style.bold("\(rubric.title) (\(rubric.id))") + "\n"
        for part in grade.parts {
            let points = "\(DecimalText.string(part.points, maxFractionDigits: 2))/\(DecimalText.string(part.maxPoints, maxFractionDigits: 2))"
            let (mark, word) = label(part.verdict, style: style)
            out += "\n\(mark) \(part.partID)  \(word)  \(style.dim(points))\n"
            if let error = part.formatError {
                out += error.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n") + "\n"
            } else {
                for sentence in part.feedback { out += "    \(sentence)\n" }
            }
            if part.verdict == .wrong || part.verdict == .partial, let key = part.key {
                out += "    key: \(key)\n"
            }
        }
        let pending = grade.parts.filter { $0.verdict == .pending }.map(\.partID)
        let automatic = grade.parts.filter { rubric.part($0.partID)?.answer.kindName != "manual" }
        out += "\nAuto-graded so far: \(DecimalText.string(grade.total, maxFractionDigits: 2)) of \(DecimalText.string(automatic.reduce(0) { $0 + $1.maxPoints }, maxFractionDigits: 2)) points.\n"
        if !pending.isEmpty {
            out += "Graded by hand later: \(pending.joined(separator: ", ")) (\(DecimalText.string(pending.compactMap { rubric.part($0)?.points }.reduce(0, +), maxFractionDigits: 2)) points).\n"
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
