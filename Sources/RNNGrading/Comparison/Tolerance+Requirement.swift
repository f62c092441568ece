import RNNMath

extension Tolerance {
    /// What the tolerance asks of an answer, in words for templates and feedback:
    ///
    /// ```swift
    /// Tolerance.relative(Rational(1) / Rational(1_000_000)).requirement
    /// // "within a relative error of 1e-6 of the key (7 significant figures always suffice)"
    /// Tolerance.significantFigures(3).requirement   // "3 significant figures"
    /// Tolerance.decimalPlaces(2).requirement        // "2 decimal places"
    /// ```
    /// For a relative tolerance `r`, `n` figures always suffice when half a unit in the `n`-th
    /// figure of any key, at most `10^(1−n)/2` of it, is within `r` of it: `10^(1−n)/2 ≤ r`.
    package var requirement: String {
        switch mode {
        case .exact:
            return "the exact value (a fraction such as 1/3, or a decimal that ends)"
        case .significantFigures:
            return "\(digits) significant figure\(digits == 1 ? "" : "s")"
        case .decimalPlaces:
            return "\(digits) decimal place\(digits == 1 ? "" : "s")"
        case .relative:
            guard relative > 0 else { return "within \(Self.scientific(absolute)) of the key" }
            let within = "within a relative error of \(Self.scientific(relative)) of the key"
            guard let figures = (1...NearMiss.mostFigures).first(where: { Rational.powerOfTen(1 - $0) / Rational(2) <= relative }) else {
                return within
            }
            return "\(within) (\(figures) significant figures always suffice)"
        }
    }

    /// `1e-6` for a power of ten, else the value as Swift prints the nearest double (`0.0005`, `2.5e-07`).
    private static func scientific(_ value: Rational) -> String {
        if value > 0 {
            let exponent = value.decimalExponent
            if Rational.powerOfTen(exponent) == value { return "1e\(exponent)" }
        }
        return "\(value.doubleValue)"
    }
}
