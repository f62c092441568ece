import RNNRubric

extension Part {
    /// The precision this part asks of a numeric answer, in words (``Tolerance/requirement``),
    /// for templates and feedback; nil for parts that are not numbers, vectors or matrices.
    /// `keyIsExact` is false when the key was computed in floating point: an `exact` tolerance
    /// then applies as ``Tolerance/standard`` (``Tolerance/applied(toExactKey:)``), and the
    /// words say so rather than promise exact equality.
    package func precisionRequirement(defaults: GradingDefaults, keyIsExact: Bool = true) -> String? {
        guard case .computed = answer else { return nil }
        let stated = Tolerance(tolerance ?? defaults.tolerance)
        let applied = stated.applied(toExactKey: keyIsExact)
        guard applied != stated else { return stated.requirement }
        return applied.requirement + "; the key is computed in floating point, so no exact value is asked for"
    }
}
