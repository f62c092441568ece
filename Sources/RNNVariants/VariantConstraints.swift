import RNNMath
import RNNRubric
import RNNSolver

/// What every drawn variant must meet: the rubric's `<require>` conditions, a key for every
/// computed part (no division by zero, no singular matrix), keys that are terminating decimals
/// with at most `key-decimals` digits when the rubric says so, and known mistakes whose value
/// differs from the key (else a student with the mistake would get full marks).
enum VariantConstraints {
    /// The first constraint `rubric` (with drawn data substituted) breaks, in words; or, when
    /// every one holds, its answer key (which grading reuses). Requirements, keys and known
    /// mistakes are evaluated on `shared`, which then holds the variant's unrollings.
    static func check(_ rubric: Rubric, on shared: SharedUnrollings) -> Result<AnswerKey, Violation> {
        let solver = Solver(rubric: rubric)
        for problem in rubric.problems {
            for model in problem.models {
                for requirement in model.requirements {
                    if let broken = violation(of: requirement, model: model, in: problem.id, shared: shared) { return .failure(Violation(name: broken)) }
                }
            }
        }
        let key = AnswerKey(rubric: rubric, working: false, unrollings: shared)
        for entry in key.entries {
            if let failure = entry.failure { return .failure(Violation(name: "the key of part \(entry.part.id) can be computed (\(failure.message))")) }
            guard let solved = entry.solved, case .computed = entry.part.answer else { continue }
            if let digits = rubric.variants?.keyDecimals, !hasShortDecimals(solved, digits: digits) {
                return .failure(Violation(name: "the key of part \(entry.part.id) is a decimal with at most \(digits) digits after the point"))
            }
            for mistake in entry.part.mistakes {
                let evaluated = shared.value(of: mistake.ask.value, model: solver.model(of: mistake, in: entry.part),
                                             in: rubric.problem(containing: entry.part.id)?.id ?? "", approximatesBeyondBudget: solver.mayApproximate(entry.part))
                if case .success(let value) = evaluated, value.value == solved.value {
                    return .failure(Violation(name: "the known mistake \(mistake.ask.text) of part \(entry.part.id) differs from the key"))
                }
            }
        }
        return .success(key)
    }

    /// A constraint a draw broke, named as the rubric states it.
    struct Violation: Error {
        let name: String
    }

    /// Why `requirement` fails on `model`, or nil when it holds.
    private static func violation(of requirement: RequireSpec, model: ModelSpec, in problem: String, shared: SharedUnrollings) -> String? {
        let name = "\(requirement.summary) (line \(requirement.line))"
        guard case .success(let solved) = shared.value(of: requirement.ask.value, model: model, in: problem), let value = solved.matrix else {
            return "\(name) can be evaluated"
        }
        let holds = value.elements.allSatisfy { element in
            switch requirement.condition {
            case .below(let bound): element.isLess(than: .exact(bound))
            case .above(let bound): Scalar.exact(bound).isLess(than: element)
            case .not(let bound): element.isLess(than: .exact(bound)) || Scalar.exact(bound).isLess(than: element)
            }
        }
        return holds ? nil : name
    }

    /// Whether every element of the value is exact with a terminating decimal of at most `digits` digits.
    private static func hasShortDecimals(_ solved: SolvedAnswer, digits: Int) -> Bool {
        guard let matrix = solved.matrix else { return false }
        return matrix.elements.allSatisfy { element in
            guard case .exact(let rational) = element, let places = rational.terminatingDecimalDigits else { return false }
            return places <= digits
        }
    }
}
