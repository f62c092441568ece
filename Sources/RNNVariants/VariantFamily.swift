import RNNMath
import RNNRubric
import RNNSolver

/// A rubric and its salt: every student's variant, drawn the same way every time.
///
/// ```swift
/// let family = try VariantFamily(rubric: rubric, salt: salt)
/// let variant = try family.variant(for: "s1042")   // s1042's numbers, keys computed from them
/// ```
///
/// Drawing: the seed (``VariantSeed``) starts a SplitMix64 generator; every drawn datum is drawn
/// in document order; a draw that breaks a constraint (``VariantConstraints``) is thrown away
/// and the generator goes on, up to the rubric's `tries`. A rubric without draws is its own only
/// variant, unchanged.
package struct VariantFamily: Sendable {
    /// The rubric as loaded (prompts with their placeholders).
    package let base: Rubric
    private let salt: Salt?
    private let slots: [DrawSlot]

    /// The family of `rubric`; without a salt only sampled seeds (``variant(seed:studentID:)``)
    /// can be drawn, not students' variants.
    package init(rubric: Rubric, salt: Salt?) {
        base = rubric
        slots = DrawSlot.slots(of: rubric)
        self.salt = salt
    }

    /// Whether students get different data.
    package var isFamily: Bool { !slots.isEmpty }

    /// The rubric's own data (the seed assignment's), with prompts filled from it.
    package var fixed: RubricVariant {
        RubricVariant(studentID: nil, seed: nil, draws: 1, rubric: isFamily ? base.fillingPrompts(style: style) : base, key: nil, unrollings: nil)
    }

    /// `studentID`'s variant; the rubric itself when nothing is drawn.
    package func variant(for studentID: String) throws(VariantError) -> RubricVariant {
        guard isFamily else { return RubricVariant(studentID: studentID, seed: nil, draws: 1, rubric: base, key: nil, unrollings: nil) }
        guard let salt else {
            throw VariantError("\(base.file): this rubric draws data per student and needs its secret salt (--salt-file FILE)")
        }
        let seed = VariantSeed(salt: salt, assignmentID: base.id, studentID: studentID)
        return try variant(seed: seed, studentID: studentID)
    }

    /// The variant that `seed` draws (`verify` samples seeds directly).
    package func variant(seed: VariantSeed, studentID: String?) throws(VariantError) -> RubricVariant {
        var generator = SplitMix64(seed: seed.value)
        var failures: [String: Int] = [:]
        let tries = base.variants?.tries ?? 1000
        for attempt in 1...tries {
            var values: [Int: [String: DrawnDatum]] = [:]
            for slot in slots {
                values[slot.problem, default: [:]][slot.key] = try slot.draw(using: &generator)
            }
            let rubric = try base.substituting(values)
            let unrollings = SharedUnrollings(solver: Solver(rubric: rubric))
            switch VariantConstraints.check(rubric, on: unrollings) {
            case .failure(let broken):
                failures[broken.name, default: 0] += 1
            case .success(let key):
                return RubricVariant(studentID: studentID, seed: seed, draws: attempt,
                                     rubric: rubric.fillingPrompts(style: style, unrollings: unrollings), key: key, unrollings: unrollings)
            }
        }
        let worst = failures.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        let listed = worst.prefix(3).map { "\($0.key): failed \($0.value) times" }.joined(separator: "; ")
        throw VariantError("\(base.file): no draw for seed \(seed) met every constraint in \(tries) tries (\(listed)); widen the draws or loosen the constraint that fails most often")
    }

    private var style: VariantSettings.ValueStyle { base.variants?.style ?? .decimal }
}

extension Rubric {
    /// `studentID`'s variant of this rubric: the one function handouts, keys and grading use.
    package func variant(for studentID: String, salt: Salt?) throws(VariantError) -> RubricVariant {
        try VariantFamily(rubric: self, salt: salt).variant(for: studentID)
    }
}
