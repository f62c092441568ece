import BigInt

/// Field arithmetic on exact rationals: every result is exact and reduced.
extension Rational {
    /// `a/b + c/d = (ad + cb) / bd`.
    package static func + (lhs: Rational, rhs: Rational) -> Rational {
        if rhs.isZero { return lhs }
        if lhs.isZero { return rhs }
        if let (a, b, c, d) = words(lhs, rhs), let (n, m) = wordFractionSum(a, b, c, d) {
            return Rational(words: n, m)
        }
        if lhs.denominator == rhs.denominator {
            return Rational(numerator: lhs.numerator + rhs.numerator, denominator: lhs.denominator)
        }
        return Rational(
            numerator: lhs.numerator * rhs.denominator + rhs.numerator * lhs.denominator,
            denominator: lhs.denominator * rhs.denominator)
    }

    /// `a/b − c/d = a/b + (−c/d)`.
    package static func - (lhs: Rational, rhs: Rational) -> Rational {
        lhs + rhs.negated
    }

    /// `(a/b)(c/d) = ac / bd`.
    package static func * (lhs: Rational, rhs: Rational) -> Rational {
        if let (a, b, c, d) = words(lhs, rhs), let n = wordProduct(a, c), let m = wordProduct(b, d) {
            return Rational(words: n, m)
        }
        return Rational(numerator: lhs.numerator * rhs.numerator, denominator: lhs.denominator * rhs.denominator)
    }

    /// `(a/b) / (c/d) = ad / bc`.
    ///
    /// - Precondition: `rhs ≠ 0`; use `dividing(by:)` for a throwing form.
    package static func / (lhs: Rational, rhs: Rational) -> Rational {
        if let (a, b, c, d) = words(lhs, rhs), c != 0, let n = wordProduct(a, d), let m = wordProduct(b, c) {
            return Rational(words: n, m)
        }
        return Rational(numerator: lhs.numerator * rhs.denominator, denominator: lhs.denominator * rhs.numerator)
    }

    /// `self / divisor`, throwing `MathError.divisionByZero` when `divisor = 0`.
    ///
    ///     try Rational(1).dividing(by: 4)   // 1/4
    package func dividing(by divisor: Rational) throws(MathError) -> Rational {
        guard !divisor.isZero else { throw .divisionByZero }
        return self / divisor
    }

    /// The numerators and denominators of `lhs` and `rhs` (a/b, c/d) as machine integers when
    /// all four fit one word (below 2⁶²): most exact values, whose sums and products are then
    /// computed without BigInt.
    private static func words(_ lhs: Rational, _ rhs: Rational) -> (Int, Int, Int, Int)? {
        guard let a = lhs.numerator.wordValue, let b = lhs.denominator.wordValue,
              let c = rhs.numerator.wordValue, let d = rhs.denominator.wordValue else { return nil }
        return (a, b, c, d)
    }

    /// The unreduced `a/b + c/d` as (numerator, denominator) when every step stays below 2⁶².
    private static func wordFractionSum(_ a: Int, _ b: Int, _ c: Int, _ d: Int) -> (Int, Int)? {
        if b == d {
            guard let n = wordSum(a, c) else { return nil }
            return (n, b)
        }
        guard let ad = wordProduct(a, d), let cb = wordProduct(c, b), let n = wordSum(ad, cb),
              let m = wordProduct(b, d) else { return nil }
        return (n, m)
    }

    /// `x + y` when its magnitude stays below 2⁶².
    private static func wordSum(_ x: Int, _ y: Int) -> Int? {
        let (sum, overflow) = x.addingReportingOverflow(y)
        return !overflow && sum.magnitude < 1 << 62 ? sum : nil
    }

    /// `x · y` when its magnitude stays below 2⁶².
    private static func wordProduct(_ x: Int, _ y: Int) -> Int? {
        let (product, overflow) = x.multipliedReportingOverflow(by: y)
        return !overflow && product.magnitude < 1 << 62 ? product : nil
    }

    /// `lhs = lhs + rhs`.
    package static func += (lhs: inout Rational, rhs: Rational) { lhs = lhs + rhs }
    /// `lhs = lhs − rhs`.
    package static func -= (lhs: inout Rational, rhs: Rational) { lhs = lhs - rhs }
    /// `lhs = lhs · rhs`.
    package static func *= (lhs: inout Rational, rhs: Rational) { lhs = lhs * rhs }

    /// `−x`.
    package static prefix func - (operand: Rational) -> Rational { operand.negated }

    /// The additive inverse `−self`.
    package var negated: Rational {
        Rational(reducedNumerator: -numerator, reducedDenominator: denominator)
    }

    /// The absolute value `|self|`.
    package var magnitude: Rational {
        Rational(reducedNumerator: BigInt(numerator.magnitude), reducedDenominator: denominator)
    }

    /// The largest bit width `power(_:)` will produce for a numerator or denominator
    /// (about 1.26 million decimal digits); larger results are refused, not attempted.
    package static let maximumPowerBitWidth = 1 << 22

    /// `selfⁿ` for any integer `n`; `x⁰ = 1` (also for `x = 0`), `x⁻ⁿ = 1 / xⁿ`.
    ///
    ///     try Rational.fraction(2, 3).power(-2)   // 9/4
    ///
    /// - Throws: `MathError.divisionByZero` for `0` raised to a negative power,
    ///   `MathError.domain` when the result would exceed `maximumPowerBitWidth` bits.
    package func power(_ n: Int) throws(MathError) -> Rational {
        if magnitude == .one { return sign < 0 && n % 2 != 0 ? self : .one }
        if isZero {
            guard n >= 0 else { throw .divisionByZero }
            return n == 0 ? .one : .zero
        }
        let widest = max(numerator.magnitude.bitWidth, denominator.magnitude.bitWidth)
        let (bits, overflow) = widest.multipliedReportingOverflow(by: Int(clamping: n.magnitude))
        guard !overflow && bits <= Rational.maximumPowerBitWidth else {
            throw .domain(operation: "power", detail: "\(self) to the power \(n) is too large to compute exactly")
        }
        if n >= 0 {
            return Rational(reducedNumerator: numerator.power(n), reducedDenominator: denominator.power(n))
        }
        let k = Int(n.magnitude)
        return Rational(numerator: denominator.power(k), denominator: numerator.power(k))
    }

    /// The exact square root when `self` is the square of a rational, else `nil`.
    ///
    ///     Rational.fraction(9, 4).exactSquareRoot()   // 3/2
    package func exactSquareRoot() -> Rational? {
        guard sign >= 0 else { return nil }
        let n = numerator.magnitude.squareRoot()
        let d = denominator.magnitude.squareRoot()
        guard n * n == numerator.magnitude, d * d == denominator.magnitude else { return nil }
        return Rational(reducedNumerator: BigInt(n), reducedDenominator: BigInt(d))
    }
}
