import RNNMath
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

    /// The known mistakes of `part` with their values. One that only rearranges the key
    /// (``MistakeKind/value(fromKey:)``) is taken from `key` when given; those on the rubric's own
    /// models share one unrolling of each (``SharedUnrollings``); a built-in mistake's rewritten
    /// model gets its own.
    package func knownMistakeValues(of part: Part, key: Matrix?) -> [(variant: MistakeVariant, value: Result<SolvedAnswer, SolverError>)] {
        let shared = SharedUnrollings(solver: self)
        return knownMistakes(of: part).map { variant in
            if variant.model == nil, let key, let derived = variant.kind.value(fromKey: key) {
                return (variant, .success(SolvedAnswer(value: .matrix(derived))))
            }
            guard variant.kind == .rubric || variant.model == nil else { return (variant, evaluate(variant, of: part)) }
            return (variant, shared.value(of: variant.ask, model: variant.model ?? model(of: part)))
        }
    }

    /// The value of a known mistake of `part`.
    package func evaluate(_ variant: MistakeVariant, of part: Part) -> Result<SolvedAnswer, SolverError> {
        evaluate(variant.ask, model: variant.model ?? model(of: part))
    }
}
