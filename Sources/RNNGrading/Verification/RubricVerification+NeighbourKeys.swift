import RNNMath
import RNNRubric
import RNNVariants

extension RubricVerification {
    /// How many sampled variants `verify --mutants` takes as a family's neighbours.
    static let neighbourCount = 5

    /// The name every neighbour mutant starts with: `key of variant <seed>`.
    static let neighbourPrefix = "key of variant "

    /// For a family (a rubric that draws data per student), each part's keys in the first
    /// ``neighbourCount`` sampled variants (the seeds `verify`'s variant check draws first), by
    /// part id: the answer a student copying a neighbour gives. Empty for a rubric that draws
    /// nothing; a variant that cannot be drawn is left out (the variant check reports it).
    static func neighbourKeys(_ rubric: Rubric) -> [String: [(name: String, value: Matrix)]] {
        let family = VariantFamily(rubric: rubric, salt: nil)
        guard family.isFamily else { return [:] }
        var generator = SplitMix64(seed: samplingSeed)
        var result: [String: [(name: String, value: Matrix)]] = [:]
        for _ in 0..<neighbourCount {
            let seed = VariantSeed(value: generator.next())
            guard let variant = try? family.variant(seed: seed, studentID: nil) else { continue }
            for plan in Grader(variant: variant).plans {
                guard case .computed = plan.part.answer, let key = plan.key.flatMap(PartPlan.matrix) else { continue }
                result[plan.part.id, default: []].append((neighbourPrefix + "\(seed)", key))
            }
        }
        return result
    }
}
