import RNNRubric

extension Part {
    /// The precision this part asks of a numeric answer, in words (``Tolerance/requirement``),
    /// for templates and feedback; nil for parts that are not numbers, vectors or matrices.
    package func precisionRequirement(defaults: GradingDefaults) -> String? {
        guard case .computed = answer else { return nil }
        return Tolerance(tolerance ?? defaults.tolerance).requirement
    }
}
