import RNNMath

/// How a student's number compares with the key's under a tolerance.
///
/// Special values are decided first, then a zero key, and only then any tolerance arithmetic.
/// All arithmetic is exact: an approximate (double) value is taken at its exact binary value.
package enum ScalarMatch: Hashable, Sendable {
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
    package static func of(_ student: Scalar, key: Scalar, tolerance: Tolerance) -> ScalarMatch {
        let studentDouble = student.doubleValue
        if studentDouble.isNaN { return .notANumber }
        if studentDouble.isInfinite {
            return studentDouble == key.doubleValue ? .within : .infinite
        }
        let tolerance = tolerance.applied(toExactKey: key.isExact)
        if case .approx(let s) = student, case .approx(let t) = key, let clear = clearlyDecided(s, key: t, tolerance: tolerance) {
            return clear ? .within : .outside
        }
        guard let s = exactValue(student), let t = exactValue(key) else { return .outside }
        return isWithin(s, key: t, tolerance: tolerance) ? .within : .outside
    }

    /// The relative test in Double when that decides it beyond doubt: true or false when the
    /// error is farther from the bound than Double's rounding (and a 1e-9 margin) could move it,
    /// nil when it is that close and the exact test must decide. (Formula points compare
    /// thousands of doubles; this keeps exact rationals for the rare close calls.)
    static func clearlyDecided(_ student: Double, key: Double, tolerance: Tolerance) -> Bool? {
        guard tolerance.mode == .relative, student.isFinite, key.isFinite else { return nil }
        let error = abs(student - key)
        let bound = tolerance.absolute.doubleValue + tolerance.relative.doubleValue * abs(key)
        let slack = 1e-9 * bound + 8 * Double.ulpOfOne * (abs(student) + abs(key) + bound)
        if error < bound - slack { return true }
        if error > bound + slack { return false }
        return nil
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
