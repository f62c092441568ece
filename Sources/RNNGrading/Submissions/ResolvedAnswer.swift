/// A submission's answer to one rubric part, after labels are matched to parts.
package struct ResolvedAnswer: Sendable, Hashable {
    /// The part's qualified id, `1.a`.
    package var partID: String
    /// The answer given under the part's own label (`1.a = 6`, or a whole design answer
    /// `5.a = W_h = 1; W_x = 1`), if any.
    package var answer: SubmittedAnswer?
    /// Design parameters given under their own labels (`5.W_h = 1`, `5.a.W_x = 1`), in file
    /// order; each answer's text is the value only.
    package var parameters: [ParameterAnswer]

    /// Creates a resolved answer.
    package init(partID: String, answer: SubmittedAnswer?, parameters: [ParameterAnswer] = []) {
        self.partID = partID
        self.answer = answer
        self.parameters = parameters
    }

    /// Whether the student wrote nothing for this part (only blank answers, or none).
    package var isEmpty: Bool {
        (answer?.isEmpty ?? true) && parameters.allSatisfy(\.answer.isEmpty)
    }

    /// A design answer as one weights text, `name = value` entries on separate lines: the
    /// whole answer first, then each parameter given on its own (blank ones left out).
    package var weightsText: String {
        let whole = answer.map { [$0.text] } ?? []
        let separate = parameters.filter { !$0.answer.isEmpty }.map { "\($0.name) = \($0.answer.text)" }
        return (whole + separate).filter { !$0.isEmpty }.joined(separator: "\n")
    }
}

/// One design parameter given under its own label.
package struct ParameterAnswer: Sendable, Hashable {
    /// The parameter's name, as in the rubric's `free` list (`W_h`).
    package var name: String
    /// The answer; its text is the parameter's value.
    package var answer: SubmittedAnswer

    /// Creates a parameter answer.
    package init(name: String, answer: SubmittedAnswer) {
        self.name = name
        self.answer = answer
    }
}
