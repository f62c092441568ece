import RNNExpr
import RNNRubric

extension Submission {
    /// The answers matched to `rubric`'s parts, by qualified part id, with a located warning
    /// for every label that names no part, a parameter named twice, or another assignment.
    ///
    /// A label is an exact part id (`1.a`); a loosely written one (`1a`, `Q1.a`, see
    /// `PartDirectory.loosePart`, or a loose line form such as `1.b:` or `(3.c)`, see
    /// `AnswerLine`), read with a warning; or `problem.param` / `problem.part.param`, naming a
    /// free parameter of that problem's design part (`5.W_h`, `5.a.W_h`). Parts with no answer
    /// are absent from `byPart`.
    package func answers(for rubric: Rubric) -> (byPart: [String: ResolvedAnswer], warnings: [Diagnostic]) {
        var byPart: [String: ResolvedAnswer] = [:]
        var warnings: [Diagnostic] = []
        var parameterLines: [String: Int] = [:]
        var loose: [(String, SubmittedAnswer)] = []
        func warn(_ answer: SubmittedAnswer, _ message: String) {
            warnings.append(Diagnostic(file: file, line: answer.line, column: answer.column, message: message))
        }
        if let assignmentID, assignmentID != rubric.id {
            warnings.append(Diagnostic(file: file, line: 1, column: 1, message: "this submission is for assignment \(assignmentID), but it is graded as \(rubric.id)"))
        }
        let parts = PartDirectory(rubric: rubric)
        for answer in answers {
            switch parts.resolve(answer.label) {
            case .part(let id):
                byPart[id, default: ResolvedAnswer(partID: id, answer: nil)].answer = answer
                if let written = answer.looseForm {
                    warn(answer, "\(written) read as part \(id); write `\(id) = …` to be sure")
                }
            case .parameter(let id, let name):
                let key = "\(id).\(name)"
                if let first = parameterLines[key] {
                    warn(answer, "\(answer.label) gives \(name) of \(id) again; the value on line \(first) is kept")
                    continue
                }
                parameterLines[key] = answer.line
                byPart[id, default: ResolvedAnswer(partID: id, answer: nil)].parameters
                    .append(ParameterAnswer(name: name, answer: answer))
            case .unknown(let message):
                guard let id = parts.loosePart(answer.label) else {
                    warn(answer, message)
                    continue
                }
                loose.append((id, answer))
            }
        }
        // A loose label (`1a`, `Q1.a`) counts for its part, with a warning, unless the part
        // was also answered under its exact id.
        for (id, answer) in loose {
            if byPart[id]?.answer != nil {
                warn(answer, "\(answer.looseForm ?? answer.label) looks like \(id), which is answered under its own label; this line is ignored")
            } else {
                byPart[id, default: ResolvedAnswer(partID: id, answer: nil)].answer = answer
                warn(answer, "\(answer.looseForm ?? answer.label) read as part \(id); write `\(id) = …` to be sure")
            }
        }
        return (byPart, warnings)
    }
}
