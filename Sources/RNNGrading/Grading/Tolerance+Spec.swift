import RNNMath
import RNNRubric

extension Tolerance {
    /// The comparator's tolerance for a rubric's `<tolerance>` (nil: the standard one).
    public init(_ spec: ToleranceSpec?) {
        guard let spec else { self = .standard; return }
        switch ToleranceMode(rawValue: spec.mode) ?? .relative {
        case .relative:
            self = .relative(Self.rational(spec.relative) ?? Tolerance.defaultRelative,
                             absolute: Self.rational(spec.absolute) ?? Tolerance.defaultAbsolute)
        case .significantFigures:
            self = .significantFigures(spec.digits ?? Tolerance.defaultSignificantFigures)
        case .decimalPlaces:
            self = .decimalPlaces(spec.digits ?? Tolerance.defaultDecimalPlaces)
        case .exact:
            self = .exact
        }
    }

    /// The decimal the rubric wrote (`1e-3` is exactly 1/1000), from its shortest Double form.
    private static func rational(_ value: Double?) -> Rational? {
        value.flatMap { Rational.parse(String($0)) }
    }
}
