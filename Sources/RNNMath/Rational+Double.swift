import Foundation
import BigInt

/// Conversions between rationals and binary floating point.
extension Rational {
    /// The exact value of a finite `Double` (every finite double is a dyadic rational);
    /// `nil` for infinities and NaN.
    ///
    ///     Rational(exactly: 0.5)   // 1/2
    ///     Rational(exactly: 0.1)   // 3602879701896397/36028797018963968
    package init?(exactly value: Double) {
        guard value.isFinite else { return nil }
        guard value != 0 else {
            self = .zero
            return
        }
        // value = significand · 2^exponent with significand in [1, 2); scale it to an integer.
        let integerSignificand = BigInt(Int64(value.significand * 0x1p52))
        let power = Int(value.exponent) - 52
        let signed = value.sign == .minus ? -integerSignificand : integerSignificand
        if power >= 0 {
            self.init(signed << power)
        } else {
            self.init(numerator: signed, denominator: BigInt(1) << -power)
        }
    }

    /// The nearest `Double` (round to nearest, ties to even, for results in the normal range).
    ///
    /// Correct for huge numerators and denominators whose ratio is representable:
    /// the quotient is formed with 64 significant bits plus a sticky bit before rounding.
    /// Ratios beyond the `Double` range give `±infinity`; in the subnormal range (below
    /// 2⁻¹⁰²²) the result is rounded twice and may be one unit in the last place off.
    ///
    ///     Rational(numerator: BigInt(10).power(400), denominator: BigInt(10).power(399)).doubleValue   // 10.0
    package var doubleValue: Double {
        guard !numerator.isZero else { return 0 }
        let n = numerator.magnitude
        let d = denominator.magnitude
        // Choose k so that q = ⌊n·2^k / d⌋ has 63 or 64 bits.
        let k = 63 + d.bitWidth - n.bitWidth
        let (q, r) = k >= 0 ? (n << k).quotientAndRemainder(dividingBy: d)
                            : n.quotientAndRemainder(dividingBy: d << -k)
        var bits = UInt64(q)
        if !r.isZero { bits |= 1 }
        let result = Double(sign: .plus, exponent: -k, significand: Double(bits))
        return numerator.sign == .minus ? -result : result
    }

    /// log₁₀|self| to about 15 digits for any nonzero value, however small or large (from the
    /// top 64 bits and the bit lengths of numerator and denominator, never through a `Double`
    /// that would underflow or overflow); `-infinity` for 0.
    ///
    ///     Rational(numerator: 1, denominator: BigInt(10).power(990)).log10Magnitude   // ≈ -990.0
    package var log10Magnitude: Double {
        guard !numerator.isZero else { return -.infinity }
        return Self.log10(numerator.magnitude) - Self.log10(denominator.magnitude)
    }

    /// log₁₀ n for a positive integer n.
    private static func log10(_ n: BigUInt) -> Double {
        let shift = Swift.max(0, n.bitWidth - 64)
        return Foundation.log10(Double(UInt64(n >> shift))) + Double(shift) * Foundation.log10(2.0)
    }
}
