import BigInt

/// Recovering the rational roots of a rational polynomial exactly.
extension Polynomial {
    /// The rational roots of `p` (with multiplicity) and the remaining factor without them.
    ///
    /// Each numerically found (nearly) real root proposes candidates — its continued-fraction
    /// convergents with denominators up to 10¹² — and a candidate counts only if `p` vanishes
    /// there exactly; it is then divided out exactly and the search repeats on the quotient.
    /// A remaining quadratic with a rational square discriminant is solved exactly.
    static func rationalRoots(_ p: [Rational]) -> (roots: [Rational], remainder: [Rational]) {
        var poly = p
        var found: [Rational] = []
        search: while poly.count > 1 {
            if poly.count == 2 {
                found.append(-poly[1] / poly[0])
                return (found, [poly[0]])
            }
            if poly.count == 3, let pair = exactQuadraticRoots(poly[0], poly[1], poly[2]) {
                return (found + pair, [poly[0]])
            }
            let numeric = roots(poly.map(\.doubleValue))
            // Multiple roots come out of the iteration only to about ε^(1/m), possibly slightly
            // off the real axis; every nearly real root proposes candidates, checked exactly.
            for z in numeric where abs(z.imaginary) <= 1e-3 * max(1, z.length) {
                for candidate in candidates(near: z.real) where Polynomial.evaluate(poly, at: candidate).isZero {
                    found.append(candidate)
                    poly = deflate(poly, by: candidate)
                    continue search
                }
            }
            break
        }
        return (found, poly)
    }

    /// Both roots of `a x² + b x + c` when the discriminant is a rational square, else `nil`.
    private static func exactQuadraticRoots(_ a: Rational, _ b: Rational, _ c: Rational) -> [Rational]? {
        guard let root = (b * b - 4 * a * c).exactSquareRoot() else { return nil }
        let twoA = 2 * a
        return [(-b - root) / twoA, (-b + root) / twoA]
    }

    /// Rationals close to `x`: its exact binary value and its continued-fraction convergents.
    private static func candidates(near x: Double) -> [Rational] {
        guard x.isFinite else { return [] }
        var result: [Rational] = []
        var (h0, h1) = (BigInt(0), BigInt(1))
        var (k0, k1) = (BigInt(1), BigInt(0))
        var remainder = x
        let limit = BigInt(1_000_000_000_000)
        for _ in 0..<40 {
            let a = remainder.rounded(.down)
            guard let term = BigInt(exactly: a) else { break }
            (h0, h1) = (h1, term * h1 + h0)
            (k0, k1) = (k1, term * k1 + k0)
            guard k1 <= limit else { break }
            result.append(Rational(numerator: h1, denominator: k1))
            let fraction = remainder - a
            guard fraction > 1e-12 else { break }
            remainder = 1 / fraction
        }
        if let binary = Rational(exactly: x) { result.append(binary) }
        return result
    }
}
