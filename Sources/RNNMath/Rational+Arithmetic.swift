import BigInt

/// Field arithmetic on exact rationals: every result is exact and reduced.
extension Rational {
    /// `a/b + c/d = (ad + cb) / bd`.
    public static func + (lhs: Rational, rhs: Rational) -> Rational {
        if lhs.denominator == rhs.denominator {
            return Rational(numerator: lhs.numerator + rhs.numerator, denominator: lhs.denominator)
        }
        return Rational(
            numerator: lhs.numerator * rhs.denominator + rhs.numerator * lhs.denominator,
            denominator: lhs.denominator * rhs.denominator)
    }

    /// `a/b − c/d = a/b + (−c/d)`.
    public static func - (lhs: Rational, rhs: Rational) -> Rational {
        lhs + rhs.negated
    }

    /// `(a/b)(c/d) = ac / bd`.
    public static func * (lhs: Rational, rhs: Rational) -> Rational {
        Rational(numerator: lhs.numerator * rhs.numerator, denominator: lhs.denominator * rhs.denominator)
    }

    /// `(a/b) / (c/d) = ad / bc`.
    ///
    /// - Precondition: `rhs ≠ 0`; use `dividing(by:)` for a throwing form.
    public static func / (lhs: Rational, rhs: Rational) -> Rational {
        Rational(numerator: lhs.numerator * rhs.denominator, denominator: lhs.denominator * rhs.numerator)
    }

    /// `self / divisor`, throwing `MathError.divisionByZero` when `divisor = 0`.
    ///
    ///     try Rational(1).dividing(by: 4)   // 1/4
    public func dividing(by divisor: Rational) throws(MathError) -> Rational {
        guard !divisor.isZero else { throw .divisionByZero }
        return self / divisor
    }

    /// `lhs = lhs + rhs`.
    public static func += (lhs: inout Rational, rhs: Rational) { lhs = lhs + rhs }
    /// `lhs = lhs − rhs`.
    public static func -= (lhs: inout Rational, rhs: Rational) { lhs = lhs - rhs }
    /// `lhs = lhs · rhs`.
    public static func *= (lhs: inout Rational, rhs: Rational) { lhs = lhs * rhs }

    /// `−x`.
    public static prefix func - (operand: Rational) -> Rational { operand.negated }

    /// The additive inverse `−self`.
    public var negated: Rational {
        Rational(reducedNumerator: -numerator, reducedDenominator: denominator)
    }

    /// The absolute value `|self|`.
    public var magnitude: Rational {
        Rational(reducedNumerator: BigInt(numerator.magnitude), reducedDenominator: denominator)
    }

    /// `selfⁿ` for any integer `n`; `x⁰ = 1` (also for `x = 0`), `x⁻ⁿ = 1 / xⁿ`.
    ///
    ///     try Rational.fraction(2, 3).power(-2)   // 9/4
    ///
    /// - Throws: `MathError.divisionByZero` for `0` raised to a negative power.
    public func power(_ n: Int) throws(MathError) -> Rational {
        if n >= 0 {
            return Rational(reducedNumerator: numerator.power(n), reducedDenominator: denominator.power(n))
        }
        guard !isZero else { throw .divisionByZero }
        let k = n.magnitude
        guard k <= UInt(Int.max) else { throw .domain(operation: "power", detail: "the exponent \(n) is too large") }
        return Rational(numerator: denominator.power(Int(k)), denominator: numerator.power(Int(k)))
    }

    /// The exact square root when `self` is the square of a rational, else `nil`.
    ///
    ///     Rational.fraction(9, 4).exactSquareRoot()   // 3/2
    public func exactSquareRoot() -> Rational? {
        guard sign >= 0 else { return nil }
        let n = numerator.magnitude.squareRoot()
        let d = denominator.magnitude.squareRoot()
        guard n * n == numerator.magnitude, d * d == denominator.magnitude else { return nil }
        return Rational(reducedNumerator: BigInt(n), reducedDenominator: BigInt(d))
    }
}
