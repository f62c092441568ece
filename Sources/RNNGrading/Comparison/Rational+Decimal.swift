import Foundation
import RNNMath

extension Rational {
    /// 10^exponent exactly, for any integer exponent.
    ///
    ///     Rational.powerOfTen(-2)   // 1/100
    static func powerOfTen(_ exponent: Int) -> Rational {
        let magnitude = (try? Rational(10).power(abs(exponent))) ?? .one
        return exponent < 0 ? .one / magnitude : magnitude
    }

    /// ⌊log₁₀ x⌋ for x > 0, exactly: the e with 10^e ≤ x < 10^(e+1) (0 for x = 0).
    ///
    ///     Rational(1234).decimalExponent                  // 3
    ///     (Rational(1) / Rational(1000)).decimalExponent  // -3
    ///
    /// The estimate from the bit lengths (`log10Magnitude`, off by at most one) is corrected
    /// with exact comparisons, so powers of ten are exact and any size takes two or three steps.
    var decimalExponent: Int {
        guard !isZero else { return 0 }
        var exponent = Int(floor(log10Magnitude))
        while Rational.powerOfTen(exponent) > self { exponent -= 1 }
        while Rational.powerOfTen(exponent + 1) <= self { exponent += 1 }
        return exponent
    }
}
