import RNNMath

/// How a student's number compares with the key's under a tolerance.
///
/// Special values are decided first, then a zero key, and only then any tolerance arithmetic.
/// All arithmetic is exact: an approximate (double) value is taken at its exact binary value.
public enum ScalarMatch: Hashable, Sendable {
    /// Within the tolerance.
    case within
    /// Outside the tolerance.
    case outside
    /// The student's value is NaN.
    case notANumber
    /// The student's value is infinite (and the key is not the same infinity).
    case infinite

    /// Compares `student` with `key`.
    ///
    /// - `.exact` with an approximate key cannot ask for equality with a rounded value, so it
    ///   falls back to ``Tolerance/standard`` (documented in docs/comparison.md).
    /// - A zero key under `.relative` or `.significantFigures` matches when `|s| ≤ absolute`.
    /// - Every bound is inclusive.
    public static func of(_ student: Scalar, key: Scalar, tolerance: Tolerance) -> ScalarMatch {
        let studentDouble = student.doubleValue
        if studentDouble.isNaN { return .notANumber }
        if studentDouble.isInfinite {
            return studentDouble == key.doubleValue ? .within : .infinite
        }
        guard let s = exactValue(student), let t = exactValue(key) else { return .outside }
        if tolerance.mode == .exact, !key.isExact {
            return of(student, key: key, tolerance: .standard)
        }
        return isWithin(s, key: t, tolerance: tolerance) ? .within : .outside
    }

    /// The exact value of a scalar; `nil` for infinities and NaN.
    static func exactValue(_ value: Scalar) -> Rational? {
        switch value {
        case let .exact(rational): rational
        case let .approx(double): Rational(exactly: double)
        }
    }

    /// The tolerance test on two exact values.
    static func isWithin(_ student: Rational, key: Rational, tolerance: Tolerance) -> Bool {
        let error = (student - key).magnitude
        switch tolerance.mode {
        case .exact:
            return student == key
        case .relative:
            if key.isZero { return error <= tolerance.absolute }
            return error <= tolerance.absolute + tolerance.relative * key.magnitude
        case .significantFigures:
            if key.isZero { return error <= tolerance.absolute }
            let unit = Rational.powerOfTen(key.magnitude.decimalExponent - tolerance.digits + 1)
            return error <= unit / Rational(2)
        case .decimalPlaces:
            return error <= Rational.powerOfTen(-tolerance.digits) / Rational(2)
        }
    }

    /// The sentence for the student when the match is a special value; `nil` otherwise.
    var feedback: String? {
        switch self {
        case .within, .outside: nil
        case .notANumber: "the answer is not a number (nan)"
        case .infinite: "the answer is infinite, but a finite number is expected"
        }
    }
}
