import RNNMath
import RNNRubric
import RNNSolver

/// The worked answer key as Markdown: per part, the value (exact and decimal) and the
/// intermediate values that lead to it.
package enum AnswerKeyMarkdown {
    /// `key` as a Markdown document: a heading per problem and per part, then the part's key,
    /// working and known mistakes.
    package static func render(_ key: AnswerKey) -> String {
        var out = "# Answer key: \(key.rubric.title)\n\nAssignment `\(key.rubric.id)`, \(DecimalText.points(key.rubric.totalPoints, maxFractionDigits: 2)).\n"
        for problem in key.rubric.problems {
            out += "\n## Problem \(problem.id)" + (problem.title.map { ": \($0)" } ?? "") + "\n"
            for part in problem.parts {
                guard let entry = key.entry(part.id) else { continue }
                out += "\n### \(part.id) (\(DecimalText.points(part.points, maxFractionDigits: 2)), \(part.answer.kindName))\n\n"
                if let prompt = part.prompt { out += "\(prompt)\n\n" }
                out += body(entry)
            }
        }
        return out
    }

    private static func body(_ entry: AnswerKey.Entry) -> String {
        if let failure = entry.failure { return "**Could not compute the key:** \(failure)\n" }
        var out = ""
        if case .manual = entry.part.answer {
            return entry.display.map { "Graded by hand. Look for: \($0)\n" } ?? "Graded by hand.\n"
        }
        if let solved = entry.solved {
            let exactness: String
            switch solved.value {
            case .matrix: exactness = solved.isExact ? " (exact)" : " (approximate)"
            case .complex: exactness = " (approximate)"
            case .verdict: exactness = ""
            }
            out += "**Key:** `\(ValueFormatting.solved(solved.value))`" + exactness + "\n"
            if let note = solved.note { out += "\n*\(note)*\n" }
            if !solved.working.isEmpty {
                out += "\nWorking:\n\n"
                for line in solved.working {
                    out += "- `\(line.label)` = `\(ValueFormatting.matrix(line.value))`\n"
                }
            }
        } else if let display = entry.display {
            out += "**Key:** `\(display)`\n"
        }
        for (index, mistake) in entry.part.mistakes.enumerated() {
            let value = index < entry.mistakeValues.count && entry.mistakeValues[index] != mistake.ask.text
                ? " = `\(entry.mistakeValues[index])`" : ""
            out += "\nKnown mistake `\(mistake.ask.text)`\(value) earns \(percent(mistake.credit)): \(mistake.feedback)\n"
        }
        return out
    }


    private static func percent(_ credit: Double) -> String { "\(ValueFormatting.decimal(credit * 100, digits: 4))%" }
}
