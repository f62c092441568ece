import RNNMath
import RNNRubric
import RNNSolver

extension RubricVerification {
    /// `verify --mutants`: for each part with a computed key, the wrong answers students really
    /// give — the solver's built-in mistakes (σ↔tanh, transpose, sign, the ½ of a squared loss,
    /// the mean over time, the step before or after, the immediate partial), the key rounded to
    /// 2 significant figures, the other conventions' values (``conventionMutants(of:solver:)``)
    /// and, for a family, sampled neighbouring variants' keys (``neighbourKeys(_:)``) — graded
    /// against the key. A mutant that differs from the key but is accepted as right fails the
    /// check (the tolerance is too loose), and so does another convention whose value equals the
    /// key (the data cannot tell the conventions apart) and a part whose key every sampled
    /// neighbour shares; any other mutant equal to the key (the mistake does not touch the ask)
    /// is named in the check's note. `grader` is the rubric's grader when the caller has built
    /// it already (for ``checks(_:grader:)``), so that the key is computed once.
    package static func mutantChecks(_ rubric: Rubric, grader: Grader? = nil) -> [VerificationCheck] {
        let grader = grader ?? Grader(rubric: rubric)
        let neighbours = neighbourKeys(rubric)
        return grader.plans.compactMap { plan in
            guard case .computed = plan.part.answer, let key = plan.key.flatMap(PartPlan.matrix) else { return nil }
            let all = mutants(of: plan.part, key: key, solver: grader.solver)
                + conventionMutants(of: plan.part, solver: grader.solver)
                + (neighbours[plan.part.id] ?? []).map { Mutant(name: $0.name, value: $0.value, equalIsFinding: false) }
            let mutants = all.filter { !sameAnswer($0.value, key) }
            let accepted = mutants.filter { mutant in
                AnswerComparator.score(AnswerValue(mutant.value), key: AnswerValue(key), tolerance: plan.tolerance,
                                       options: plan.options).isFull
            }
            let name = "mutants of \(plan.part.id)"
            let tried = mutants.map(\.name).joined(separator: ", ")
            let same = all.filter { sameAnswer($0.value, key) }
            let sameNote = same.isEmpty ? "" : "; equal to the key with this data: \(same.map(\.name).joined(separator: ", "))"
            var findings: [String] = []
            if !accepted.isEmpty {
                let list = accepted.map { "\($0.name) (\(ValueFormatting.solved(.matrix($0.value))))" }.joined(separator: ", ")
                findings.append("part \(plan.part.id) accepts wrong answers as right: \(list); tighten its tolerance or change the data so they differ from the key \(plan.keyDisplay ?? "")")
            }
            let untold = same.filter(\.equalIsFinding).map(\.name)
            if !untold.isEmpty {
                findings.append("part \(plan.part.id) cannot tell the rubric's convention from another: \(untold.joined(separator: ", ")) gives the key \(plan.keyDisplay ?? "") too with this data; change the data (unequal weights, say) so the conventions differ")
            }
            let sampled = neighbours[plan.part.id]?.count ?? 0
            if sampled > 1, same.filter({ $0.name.hasPrefix(neighbourPrefix) }).count == sampled {
                findings.append("part \(plan.part.id) has the same key in all \(sampled) sampled neighbouring variants: the draws do not change its answer, so students can share it; make its ask depend on drawn data")
            }
            guard findings.isEmpty else {
                return VerificationCheck(name: name, file: rubric.file, line: plan.part.line,
                                         failure: rubric.diagnostic(findings.joined(separator: "; and "), line: plan.part.line).description)
            }
            return VerificationCheck(name: name, file: rubric.file, line: plan.part.line,
                                     note: (mutants.isEmpty ? "no mutant differs from the key" : "tried \(mutants.count) (\(tried)), all rejected") + sameNote)
        }
    }

    /// A wrong answer `verify --mutants` grades: its name in reports, its value, and whether
    /// being equal to the key is itself a finding (two conventions the data cannot tell apart).
    struct Mutant {
        var name: String
        var value: Matrix
        var equalIsFinding: Bool
    }

    /// Whether `value` is the key as an answer: equal, or the same vector in the other orientation
    /// (vector answers are accepted either way, so such a mutant is no wrong answer).
    static func sameAnswer(_ value: Matrix, _ key: Matrix) -> Bool {
        value == key || (key.isVector && value.isVector && value.elements == key.elements)
    }

    /// The part's mutants: each built-in mistake's value, then the key to 2 significant figures;
    /// a mutant equal to the key is left out only where it cannot differ (the transpose of a
    /// number or a symmetric matrix, the sign of zero, a key with at most 2 significant figures).
    static func mutants(of part: Part, key: Matrix, solver: Solver) -> [Mutant] {
        var result: [Mutant] = []
        for (variant, evaluated) in solver.knownMistakeValues(of: part, key: nil) where variant.kind != .rubric {
            guard case .success(let solved) = evaluated, let value = solved.matrix else { continue }
            let vacuous = (variant.kind == .transpose && key.transposed == key)
                || (variant.kind == .sign && key.elements.allSatisfy { $0.doubleValue == 0 })
            if !vacuous { result.append(Mutant(name: variant.kind.rawValue, value: value, equalIsFinding: false)) }
        }
        let rounded = key.elements.compactMap { element in
            Rational.parse(ValueFormatting.decimal(element.doubleValue, digits: 2)).map(Scalar.exact)
        }
        if rounded.count == key.count, let value = try? Matrix(shape: key.shape, elements: rounded),
           value != key {
            result.append(Mutant(name: "2 significant figures", value: value, equalIsFinding: false))
        }
        return result
    }

    /// The part's convention mutants (``ConventionVariant``): the same ask under each other
    /// convention that applies. One equal to the key is a finding when the conventions differ
    /// in general (the data cannot tell them apart), else only noted.
    static func conventionMutants(of part: Part, solver: Solver) -> [Mutant] {
        solver.conventionVariants(of: part).compactMap { variant in
            guard case .success(let solved) = solver.evaluate(variant), let value = solved.matrix else { return nil }
            return Mutant(name: variant.name, value: value, equalIsFinding: variant.differsInGeneral)
        }
    }
}
