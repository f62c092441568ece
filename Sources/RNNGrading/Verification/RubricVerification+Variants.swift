import RNNMath
import RNNRubric
import RNNVariants

extension RubricVerification {
    /// The seed of the generator that picks the sampled variants' seeds: a fixed number, so
    /// `verify` checks the same variants on every run and names them reproducibly.
    static let samplingSeed: UInt64 = 0x5EED_0F_FA_4417

    /// For a family: `count` sampled variants (seeds from a fixed generator, so no salt is needed)
    /// are drawn and their keys, known mistakes and claims checked as the fixed data's are. Each
    /// variant that cannot be drawn (a constraint fails too often, a key cannot be computed), or
    /// whose keys, mistakes or claims fail, is named by its seed; `key RUBRIC` shows none of them,
    /// but the seed is enough to draw it again. Nothing for a rubric that draws nothing.
    package static func variantChecks(_ rubric: Rubric, count: Int) -> [VerificationCheck] {
        let family = VariantFamily(rubric: rubric, salt: nil)
        guard family.isFamily, count > 0 else { return [] }
        var generator = SplitMix64(seed: samplingSeed)
        var failures: [String] = []
        var draws = 0
        for _ in 0..<count {
            let seed = VariantSeed(value: generator.next())
            do throws(VariantError) {
                let variant = try family.variant(seed: seed, studentID: nil)
                draws += variant.draws
                let grader = Grader(variant: variant)
                let broken = grader.plans.flatMap { keyChecks($0, rubric: variant.rubric) + mistakeChecks($0, rubric: variant.rubric, solver: grader.solver) }
                    + claimChecks(variant.rubric, solver: grader.solver)
                for check in broken where !check.passed { failures.append("seed \(seed): \(check.name): \(check.failure ?? "")") }
            } catch {
                failures.append("seed \(seed): \(error.message)")
            }
        }
        let name = "\(count) sampled variants"
        guard failures.isEmpty else {
            let shown = failures.prefix(5).joined(separator: "\n       ")
            let more = failures.count > 5 ? "\n       … and \(failures.count - 5) more" : ""
            return [VerificationCheck(name: name, file: rubric.file, line: rubric.variants?.line, failure: "\(failures.count) failures:\n       \(shown)\(more)")]
        }
        let mean = DecimalText.string(Double(draws) / Double(count), maxFractionDigits: 2)
        return [VerificationCheck(name: name, file: rubric.file, line: rubric.variants?.line,
                                  note: "every variant met its constraints (\(mean) draws on average) and its keys, known mistakes and claims hold")]
    }
}
