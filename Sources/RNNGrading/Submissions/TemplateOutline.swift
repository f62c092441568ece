import RNNRubric

/// What a blank submission for a rubric contains, before it is written as a sheet or as XML:
/// per problem, per part, a one-line summary, a hint of the expected answer, and the labels
/// to fill in. No key value ever appears, only kinds and shapes.
package struct TemplateOutline {
    /// One problem's heading and parts.
    package struct Section {
        /// `Problem 1: …`.
        package let heading: String
        /// The problem's parts.
        package let items: [Item]
    }

    /// One part: `1.a (1 point) Compute ŷ₂.`, its hints, and one blank per label.
    package struct Item {
        /// `1.a (1 point) Compute ŷ₂.`, the prompt cut to one line.
        package let summary: String
        /// What kind of answer the part expects, never its value.
        package let hints: [String]
        /// One blank per label to fill in.
        package let blanks: [Blank]
    }

    /// A line to fill in: the part's label, or a design parameter's.
    package struct Blank {
        /// The part id (`5.a`).
        package let part: String
        /// The design parameter, if this blank is one.
        package let parameter: String?
        /// The sheet label: `1.a`, `5.W_h` (one design part in the problem) or `5.a.W_h`.
        package let label: String
    }

    /// The rubric outlined.
    package let rubric: Rubric
    /// Its problems in order.
    package let sections: [Section]

    /// The outline of `rubric`'s blank submission.
    package init(rubric: Rubric) {
        self.rubric = rubric
        let hints = TemplateHints(rubric: rubric)
        sections = rubric.problems.map { problem in
            let designCount = problem.parts.filter(\.answer.isDesign).count
            let items = problem.parts.map { part in
                let parameters = hints.parameters(of: part)
                let blanks = parameters.isEmpty
                    ? [Blank(part: part.id, parameter: nil, label: part.id)]
                    : parameters.map { name in
                        Blank(part: part.id, parameter: name,
                              label: designCount == 1 ? "\(problem.id).\(name)" : "\(part.id).\(name)")
                    }
                let points = "\(TemplateOutline.points(part.points)) point\(part.points == 1 ? "" : "s")"
                let prompt = part.prompt.map { " " + TemplateOutline.oneLine($0) } ?? ""
                return Item(summary: "\(part.id) (\(points))\(prompt)", hints: hints.hints(for: part), blanks: blanks)
            }
            let title = problem.title.map { ": " + TemplateOutline.oneLine($0) } ?? ""
            return Section(heading: "Problem \(problem.id)\(title)", items: items)
        }
    }

    /// The assignment's heading: `in5400-w10: Week 10: Recurrent neural networks`.
    package var heading: String { "\(rubric.id): \(Self.oneLine(rubric.title))" }

    /// `text` on one line (white space runs collapsed), cut after about 100 characters with `…`.
    static func oneLine(_ text: String, limit: Int = 100) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
        var line = ""
        for word in words {
            let next = line.isEmpty ? String(word) : line + " " + word
            guard next.count <= limit else { return (line.isEmpty ? String(word.prefix(limit)) : line) + " …" }
            line = next
        }
        return line
    }

    /// Points without a needless `.0`: `2`, `2.5`.
    package static func points(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
