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

    /// The known mistakes of `part` with their values (``knownMistakeValues(of:unrollings:)`` for one part).
    package func knownMistakeValues(of part: Part, key: Matrix?) -> [(variant: MistakeVariant, value: Result<SolvedAnswer, SolverError>)] {
        knownMistakeValues(of: [(part, key)])[0]
    }

    /// The known mistakes of each part with their values, computed together. One that only
    /// rearranges the key (``MistakeKind/value(fromKey:)``) is taken from the part's key when
    /// given; the others share one unrolling per model of a problem (``SharedUnrollings``): the
    /// rubric's own models, and each built-in rewriting of one (σ and tanh swapped, the loss
    /// rescaled), which is the same for every part of that model. `unrollings` may already hold
    /// the rubric's models (a drawn variant's, built for its keys and constraints).
    package func knownMistakeValues(of parts: [(part: Part, key: Matrix?)],
                                    unrollings given: SharedUnrollings? = nil) -> [[(variant: MistakeVariant, value: Result<SolvedAnswer, SolverError>)]] {
        let unrollings = given ?? SharedUnrollings(solver: self)
        return parts.map { part, key in
            let problem = rubric.problem(containing: part.id)?.id ?? ""
            return knownMistakes(of: part).map { variant in
                if variant.model == nil, let key, let derived = variant.kind.value(fromKey: key) {
                    return (variant, .success(SolvedAnswer(value: .matrix(derived))))
                }
                let own = variant.kind == .rubric || variant.model == nil
                guard let model = variant.model ?? model(of: part) else { return (variant, evaluate(variant, of: part)) }
                return (variant, unrollings.value(of: variant.ask, model: model, in: problem, as: own ? model.id : "\(model.id) \(variant.kind.rawValue)"))
            }
        }
    }

    /// The value of a known mistake of `part`.
    package func evaluate(_ variant: MistakeVariant, of part: Part) -> Result<SolvedAnswer, SolverError> {
        evaluate(variant.ask, model: variant.model ?? model(of: part))
    }
}
