import Numerics

/// Polynomials as coefficient arrays, highest degree first (`[1, −4, 3]` is λ² − 4λ + 3).
enum Polynomial {
    /// `p(x)` by Horner's rule.
    static func evaluate<F: FieldElement>(_ p: [F], at x: F) -> F {
        p.reduce(F.zero) { $0 * x + $1 }
    }

    /// `p(z)` and `p′(z)` at a complex point by Horner's rule.
    static func evaluateWithDerivative(_ p: [Double], at z: Complex<Double>) -> (Complex<Double>, Complex<Double>) {
        var value = Complex<Double>.zero
        var derivative = Complex<Double>.zero
        for c in p {
            derivative = derivative * z + value
            value = value * z + Complex(c)
        }
        return (value, derivative)
    }

    /// The quotient of `p` by `(x − root)`; exact when `root` is a root of `p`.
    static func deflate<F: FieldElement>(_ p: [F], by root: F) -> [F] {
        var quotient: [F] = []
        var carry = F.zero
        for c in p.dropLast() {
            carry = carry * root + c
            quotient.append(carry)
        }
        return quotient
    }
}
