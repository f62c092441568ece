import RNNMath
import RNNRubric

/// A comparison mode with its parameters; every bound is an exact rational, so edges are crisp.
///
/// ```swift
/// Tolerance.relative()                 // |s − t| ≤ 1e-8 + 1e-3·|t|
/// Tolerance.significantFigures(3)      // 0.12345 accepts [0.12295, 0.12395]
/// Tolerance.decimalPlaces(2)           // 0.5 accepts [0.495, 0.505]
/// Tolerance.exact                      // 1/3 accepts only 1/3
/// ```
/// See also: ``ToleranceMode``, ``ScalarMatch``.
package struct Tolerance: Hashable, Sendable {
    /// The default relative tolerance, 1e-3.
    package static let defaultRelative = Rational(1) / Rational(1_000)
    /// The default absolute tolerance, 1e-8, added to the relative one and used alone for a zero key.
    package static let defaultAbsolute = Rational(1) / Rational(100_000_000)
    /// The default number of significant figures, 3.
    package static let defaultSignificantFigures = 3
    /// The default number of decimal places, 2.
    package static let defaultDecimalPlaces = 2
    /// The tolerance used when a rubric states none: relative, with the default bounds.
    package static let standard = Tolerance.relative()
    /// Rational equality.
    package static let exact = Tolerance(mode: .exact, relative: 0, absolute: 0, digits: 0)

    /// The tolerance that actually applies to a key: `exact` cannot ask for equality with a
    /// value computed in floating point, so for a key that is not exact it is ``standard``
    /// (docs/comparison.md); any other tolerance applies as it is.
    package func applied(toExactKey keyIsExact: Bool) -> Tolerance {
        mode == .exact && !keyIsExact ? .standard : self
    }

    /// The mode.
    package var mode: ToleranceMode
    /// `rtol` for `.relative`; unused by the other modes.
    package var relative: Rational
    /// `atol` for `.relative`, and the bound on |s| for a zero key in `.relative` and `.significantFigures`.
    package var absolute: Rational
    /// Significant figures for `.significantFigures`, decimal places for `.decimalPlaces`.
    package private(set) var digits: Int

    /// Makes a tolerance from all its parameters; prefer the named constructors.
    ///
    /// `digits` is clamped to ±``mostDigits``, and to at least 1 for `.significantFigures`.
    package init(mode: ToleranceMode, relative: Rational, absolute: Rational, digits: Int) {
        self.mode = mode
        self.relative = relative
        self.absolute = absolute
        self.digits = min(max(mode == .significantFigures ? 1 : -Self.mostDigits, digits), Self.mostDigits)
    }

    /// `|s − t| ≤ absolute + relative·|t|`.
    package static func relative(_ relative: Rational = defaultRelative, absolute: Rational = defaultAbsolute) -> Tolerance {
        Tolerance(mode: .relative, relative: relative, absolute: absolute, digits: 0)
    }

    /// Within half a unit in the key's `digits`-th significant figure.
    package static func significantFigures(_ digits: Int = defaultSignificantFigures, zeroKeyBound: Rational = defaultAbsolute) -> Tolerance {
        Tolerance(mode: .significantFigures, relative: 0, absolute: zeroKeyBound, digits: digits)
    }

    /// Within half a unit in the `digits`-th decimal place (0 means the units place, −1 the tens).
    package static func decimalPlaces(_ digits: Int = defaultDecimalPlaces) -> Tolerance {
        Tolerance(mode: .decimalPlaces, relative: 0, absolute: 0, digits: digits)
    }

    /// The most significant figures or decimal places a tolerance asks for.
    package static let mostDigits = 1_000
}
