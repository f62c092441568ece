import RNNMath
import RNNRubric
import RNNSolver

extension RubricVerification {
    /// `verify --mutants`: for each part with a computed key, the wrong answers students really
    /// give — the solver's built-in mistakes (σ↔tanh, transpose, sign, the ½ of a squared loss,
    /// the mean over time, the step before or after, the immediate partial) and the key rounded to
    /// 2 significant figures — graded against the key. A mutant that differs from the key but is
    /// accepted as right fails the check (the tolerance is too loose); one equal to the key (the
    /// data cannot tell the mistake from the answer, or the mistake does not touch the ask) is
    /// named in the check's note.
    package static func mutantChecks(_ rubric: Rubric) -> [VerificationCheck] {
        let grader = Grader(rubric: rubric)
        return grader.plans.compactMap { plan in
            guard case .computed = plan.part.answer, let key = plan.key.flatMap(PartPlan.matrix) else { return nil }
            let all = mutants(of: plan.part, key: key, solver: grader.solver)
            let mutants = all.filter { !sameAnswer($0.value, key) }
            let accepted = mutants.filter { mutant in
                AnswerComparator.score(AnswerValue(mutant.value), key: AnswerValue(key), tolerance: plan.tolerance,
                                       options: plan.options).isFull
            }
            let name = "mutants of \(plan.part.id)"
            let tried = mutants.map(\.name).joined(separator: ", ")
            let same = all.filter { sameAnswer($0.value, key) }.map(\.name)
            let sameNote = same.isEmpty ? "" : "; equal to the key with this data: \(same.joined(separator: ", "))"
            guard accepted.isEmpty else {
                let list = accepted.map { "\($0.name) (\(ValueFormatting.solved(.matrix($0.value))))" }.joined(separator: ", ")
                return VerificationCheck(name: name, file: rubric.file, line: plan.part.line, failure: rubric.diagnostic(
                    "part \(plan.part.id) accepts wrong answers as right: \(list); tighten its tolerance or change the data so they differ from the key \(plan.keyDisplay ?? "")",
                    line: plan.part.line).description)
            }
            return VerificationCheck(name: name, file: rubric.file, line: plan.part.line,
                                     note: (mutants.isEmpty ? "no mutant differs from the key" : "tried \(mutants.count) (\(tried)), all rejected") + sameNote)
        }
    }

    /// Whether `value` is the key as an answer: equal, or the same vector in the other orientation
    /// (vector answers are accepted either way, so such a mutant is no wrong answer).
    static func sameAnswer(_ value: Matrix, _ key: Matrix) -> Bool {
        value == key || (key.isVector && value.isVector && value.elements == key.elements)
    }

    /// The part's mutants: each built-in mistake's value, then the key to 2 significant figures;
    /// a mutant equal to the key is left out only where it cannot differ (the transpose of a
    /// number or a symmetric matrix, the sign of zero, a key with at most 2 significant figures).
    static func mutants(of part: Part, key: Matrix, solver: Solver) -> [(name: String, value: Matrix)] {
        var result: [(name: String, value: Matrix)] = []
        for variant in solver.knownMistakes(of: part) where variant.kind != .rubric {
            guard case .success(let solved) = solver.evaluate(variant, of: part), let value = solved.matrix else { continue }
            let vacuous = (variant.kind == .transpose && key.transposed == key)
                || (variant.kind == .sign && key.elements.allSatisfy { $0.doubleValue == 0 })
            if !vacuous { result.append((variant.kind.rawValue, value)) }
        }
        let rounded = key.elements.compactMap { element in
            Rational.parse(ValueFormatting.decimal(element.doubleValue, digits: 2)).map(Scalar.exact)
        }
        if rounded.count == key.elements.count, let value = try? Matrix(rows: key.rows, cols: key.cols, elements: rounded),
           value != key {
            result.append(("2 significant figures", value))
        }
        return result
    }
}
