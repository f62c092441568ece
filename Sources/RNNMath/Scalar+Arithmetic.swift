import Numerics

/// Arithmetic on scalars. Exact ∘ exact is exact; anything with an approximate operand is
/// approximate. The throwing forms (`adding`, `subtracting`, `multiplying`, `dividing(by:)`)
/// report division by zero and non-finite results; the operators follow IEEE rules for
/// approximate values.
extension Scalar {
    /// Combines two scalars exactly when both are exact, else in `Double`.
    private static func combine(
        _ lhs: Scalar, _ rhs: Scalar,
        exact: (Rational, Rational) -> Rational,
        approx: (Double, Double) -> Double
    ) -> Scalar {
        if case let .exact(a) = lhs, case let .exact(b) = rhs {
            return .exact(exact(a, b))
        }
        return .approx(approx(lhs.doubleValue, rhs.doubleValue))
    }

    /// Rejects a non-finite approximate result of `operation`.
    func checkedFinite(_ operation: String) throws(MathError) -> Scalar {
        if case let .approx(d) = self {
            return try Scalar.approximate(d, operation: operation)
        }
        return self
    }

    /// `lhs + rhs`.
    package static func + (lhs: Scalar, rhs: Scalar) -> Scalar { combine(lhs, rhs, exact: +, approx: +) }
    /// `lhs − rhs`.
    package static func - (lhs: Scalar, rhs: Scalar) -> Scalar { combine(lhs, rhs, exact: -, approx: -) }
    /// `lhs · rhs`.
    package static func * (lhs: Scalar, rhs: Scalar) -> Scalar { combine(lhs, rhs, exact: *, approx: *) }
    /// `lhs / rhs`.
    ///
    /// - Precondition: `rhs` is not an exact zero; use `dividing(by:)` for a throwing form.
    package static func / (lhs: Scalar, rhs: Scalar) -> Scalar { combine(lhs, rhs, exact: /, approx: /) }

    /// `−x`.
    package static prefix func - (operand: Scalar) -> Scalar { operand.negated }

    /// The additive inverse, exact when `self` is.
    package var negated: Scalar {
        switch self {
        case let .exact(r): .exact(r.negated)
        case let .approx(d): .approx(d == 0 ? 0 : -d)
        }
    }

    /// The absolute value `|self|`, exact when `self` is.
    package var magnitude: Scalar {
        switch self {
        case let .exact(r): .exact(r.magnitude)
        case let .approx(d): .approx(Swift.abs(d))
        }
    }

    /// `self + other`; throws `MathError.overflow` when an approximate result is not finite.
    package func adding(_ other: Scalar) throws(MathError) -> Scalar {
        try (self + other).checkedFinite("addition")
    }

    /// `self − other`; throws `MathError.overflow` when an approximate result is not finite.
    package func subtracting(_ other: Scalar) throws(MathError) -> Scalar {
        try (self - other).checkedFinite("subtraction")
    }

    /// `self · other`; throws `MathError.overflow` when an approximate result is not finite.
    package func multiplying(by other: Scalar) throws(MathError) -> Scalar {
        try (self * other).checkedFinite("multiplication")
    }

    /// `self / divisor`.
    ///
    /// - Throws: `MathError.divisionByZero` when `divisor` is zero (exact or approximate),
    ///   `MathError.overflow` when an approximate result is not finite.
    package func dividing(by divisor: Scalar) throws(MathError) -> Scalar {
        guard !divisor.isZero else { throw .divisionByZero }
        return try (self / divisor).checkedFinite("division")
    }

    /// `selfⁿ` for an integer `n`, exact when `self` is.
    ///
    /// - Throws: `MathError.divisionByZero` for zero to a negative power,
    ///   `MathError.overflow` when an approximate result is not finite.
    package func power(_ n: Int) throws(MathError) -> Scalar {
        switch self {
        case let .exact(r):
            return .exact(try r.power(n))
        case let .approx(d):
            guard d != 0 || n >= 0 else { throw .divisionByZero }
            return try Scalar.approximate(Double.pow(d, n), operation: "power")
        }
    }

    /// `√self`: exact when `self` is the square of a rational, else approximate.
    ///
    ///     try Scalar(9).squareRoot()   // .exact(3)
    ///     try Scalar(2).squareRoot()   // .approx(1.4142135623730951)
    ///
    /// - Throws: `MathError.domain` for a negative value.
    package func squareRoot() throws(MathError) -> Scalar {
        if case let .exact(r) = self, let root = r.exactSquareRoot() {
            return .exact(root)
        }
        let d = doubleValue
        guard d >= 0 else { throw .domain(operation: "square root", detail: "\(self) is negative") }
        return try Scalar.approximate(d.squareRoot(), operation: "square root")
    }
}
