import BigInt

/// Terminating decimals: whether a rational's decimal expansion ends, after how many digits, and
/// its exact decimal text (per-student variants keep every key such a decimal).
///
///     Rational.parse("3/8")!.terminatingDecimalDigits   // 3
///     Rational.parse("-3/8")!.terminatingDecimalText    // "-0.375"
///     Rational.parse("1/3")!.terminatingDecimalDigits   // nil
extension Rational {
    /// The digits after the decimal point when the expansion terminates (the denominator has no
    /// prime factor but 2 and 5), nil when it repeats.
    package var terminatingDecimalDigits: Int? {
        var rest = denominator
        var twos = 0
        var fives = 0
        while rest % 2 == 0 { rest /= 2; twos += 1 }
        while rest % 5 == 0 { rest /= 5; fives += 1 }
        return rest == 1 ? max(twos, fives) : nil
    }

    /// The exact decimal (`-0.375`, `12`), nil when the expansion repeats.
    package var terminatingDecimalText: String? {
        guard let digits = terminatingDecimalDigits else { return nil }
        if digits == 0 { return numerator.description }
        let scaled = numerator * BigInt(10).power(digits) / denominator
        var magnitude = scaled.magnitude.description
        if magnitude.count <= digits { magnitude = String(repeating: "0", count: digits + 1 - magnitude.count) + magnitude }
        magnitude.insert(".", at: magnitude.index(magnitude.endIndex, offsetBy: -digits))
        return (scaled < 0 ? "-" : "") + magnitude
    }
}
