/// Text of a rational: the integer alone when the denominator is 1, else `numerator/denominator`.
///
///     Rational(6).description                 // "6"
///     try Rational.fraction(-1, 4).description   // "-1/4"
extension Rational: CustomStringConvertible {
    /// `"n"` for integers, `"n/d"` otherwise; the sign is on the numerator.
    package var description: String {
        isInteger ? numerator.description : "\(numerator)/\(denominator)"
    }
}
