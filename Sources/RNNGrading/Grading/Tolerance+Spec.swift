import RNNRubric

extension Tolerance {
    /// The comparator's tolerance for a rubric's `<tolerance>` (nil: the standard one).
    package init(_ spec: ToleranceSpec?) {
        guard let spec else { self = .standard; return }
        switch spec.mode {
        case .relative:
            self = .relative(spec.relative ?? Tolerance.defaultRelative,
                             absolute: spec.absolute ?? Tolerance.defaultAbsolute)
        case .significantFigures:
            self = .significantFigures(spec.digits ?? Tolerance.defaultSignificantFigures)
        case .decimalPlaces:
            self = .decimalPlaces(spec.digits ?? Tolerance.defaultDecimalPlaces)
        case .exact:
            self = .exact
        }
    }
}
