import RNNRubric

extension Solver {
    /// The known mistakes of `part`: the rubric-declared ones first, then, for a computed part
    /// with an ask, the built-in ones (``BuiltinMistakes``). Grading and the JSON key read this list.
    package func knownMistakes(of part: Part) -> [MistakeVariant] {
        var variants: [MistakeVariant] = part.mistakes.map { mistake in
            MistakeVariant(kind: .rubric, feedback: mistake.feedback, ask: mistake.ask.value,
                           model: model(of: mistake, in: part), credit: mistake.credit)
        }
        if case .computed(_, let ask?, _) = part.answer {
            variants += BuiltinMistakes.variants(of: ask.value, model: model(of: part))
        }
        return variants
    }

    /// The value of a known mistake of `part`.
    package func evaluate(_ variant: MistakeVariant, of part: Part) -> Result<SolvedAnswer, SolverError> {
        evaluate(variant.ask, model: variant.model ?? model(of: part))
    }
}
