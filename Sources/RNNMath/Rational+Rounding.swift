import BigInt

extension Rational {
    /// The nearest integer, a half going to the even neighbour (IEEE 754's roundTiesToEven,
    /// numpy's `np.round`).
    ///
    ///     Rational.fraction(5, 2) → 2;  Rational.fraction(7, 2) → 4;  Rational.fraction(-5, 2) → -2
    package func roundedToNearestOrEven() -> Rational {
        var (quotient, remainder) = numerator.quotientAndRemainder(dividingBy: denominator)
        if remainder.sign == .minus {
            quotient -= 1
            remainder += denominator
        }
        // Now numerator/denominator = quotient + remainder/denominator with 0 ≤ remainder < denominator.
        let twice = remainder * 2
        if twice > denominator || (twice == denominator && !(quotient % 2).isZero) {
            quotient += 1
        }
        return Rational(quotient)
    }
}
