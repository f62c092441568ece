import RNNMath
import RNNRubric

/// A student's handout: the assignment's problems and parts with the prompts of their variant
/// (their numbers filled in), each part's points and, for choice parts, the options. It is built
/// from prompts, titles and options only: never a key, a known mistake, a model's equations or
/// data the prompts do not show.
package enum HandoutDocument {
    /// The handout of `rubric` (a student's variant) for `studentID`, as Markdown and as HTML.
    package static func render(_ rubric: Rubric, studentID: String) -> (markdown: String, html: String) {
        let blocks = blocks(rubric, studentID: studentID)
        return (blocks.markdown, HTMLPage.render(title: "\(rubric.title): \(studentID)", body: blocks.html))
    }

    static func blocks(_ rubric: Rubric, studentID: String) -> [ReportBlock] {
        var blocks: [ReportBlock] = [
            .heading(level: 1, text: rubric.title),
            .paragraph("Student \(studentID). These numbers are yours: other students have their own. Write your answers in the answer sheet that came with this handout (answers.txt)."),
        ]
        for problem in rubric.problems {
            blocks.append(.heading(level: 2, text: "Problem \(problem.id)" + (problem.title.map { ": \($0)" } ?? "")))
            if let prompt = problem.prompt { blocks.append(.paragraph(prompt)) }
            for part in problem.parts {
                let points = part.points == 1 ? "1 point" : "\(DecimalText.string(part.points)) points"
                blocks.append(.heading(level: 3, text: "\(part.id) (\(points))"))
                if let prompt = part.prompt { blocks.append(.paragraph(prompt)) }
                if case .choice(let choice) = part.answer {
                    blocks.append(.list(choice.options.map { "\($0.id): \($0.text)" }))
                }
            }
        }
        return blocks
    }
}
