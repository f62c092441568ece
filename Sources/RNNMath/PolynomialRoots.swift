import Numerics

/// Numerical roots of real polynomials.
extension Polynomial {
    /// All complex roots of `p` (highest degree first, real coefficients), with multiplicity.
    ///
    /// Degrees 1 and 2 use closed forms (the quadratic in its cancellation-free form);
    /// higher degrees use the Aberth–Ehrlich simultaneous iteration. Roots whose imaginary part
    /// is below `1e-8·max(1, |z|)` are made real, and non-real roots are returned as exact
    /// conjugate pairs, as they must be for real coefficients.
    static func roots(_ p: [Double]) -> [Complex<Double>] {
        var poly = Array(p.drop(while: { $0 == 0 }))
        var zeros: [Complex<Double>] = []
        while poly.count > 1, poly.last == 0 {
            poly.removeLast()
            zeros.append(.zero)
        }
        switch poly.count {
        case 0, 1: return zeros
        case 2: return zeros + [Complex(-poly[1] / poly[0])]
        case 3: return zeros + quadraticRoots(poly[0], poly[1], poly[2])
        default: return zeros + conjugateSymmetric(aberth(poly))
        }
    }

    /// Roots of `a x² + b x + c` (a ≠ 0) without cancellation.
    static func quadraticRoots(_ a: Double, _ b: Double, _ c: Double) -> [Complex<Double>] {
        let discriminant = b * b - 4 * a * c
        if discriminant >= 0 {
            let q = -(b + (b >= 0 ? 1 : -1) * discriminant.squareRoot()) / 2
            if q == 0 { return [.zero, .zero] }
            return [Complex(q / a), Complex(c / q)]
        }
        let re = -b / (2 * a)
        let im = abs((-discriminant).squareRoot() / (2 * a))
        return [Complex(re, -im), Complex(re, im)]
    }

    /// Aberth–Ehrlich iteration from points on a circle of the Fujiwara root bound.
    private static func aberth(_ p: [Double]) -> [Complex<Double>] {
        let n = p.count - 1
        var bound = 0.0
        for i in 1...n { bound = max(bound, Double.pow(abs(p[i] / p[0]), 1 / Double(i))) }
        let radius = 2 * max(bound, Double.leastNormalMagnitude)
        var z = (0..<n).map { k in
            Complex(length: radius, phase: 2 * Double.pi * Double(k) / Double(n) + 0.4)
        }
        for _ in 0..<1_000 {
            var converged = true
            for k in 0..<n {
                let (value, derivative) = evaluateWithDerivative(p, at: z[k])
                if value == .zero { continue }
                let ratio = value / derivative
                var repulsion = Complex<Double>.zero
                for j in 0..<n where j != k { repulsion += 1 / (z[k] - z[j]) }
                let step = ratio / (1 - ratio * repulsion)
                guard step.isFinite else { continue }
                z[k] -= step
                if step.length > 1e-15 * max(z[k].length, 1e-300) { converged = false }
            }
            if converged { break }
        }
        return z
    }

    /// Snaps nearly real roots to the real axis and pairs the rest as exact conjugates.
    private static func conjugateSymmetric(_ roots: [Complex<Double>]) -> [Complex<Double>] {
        var result: [Complex<Double>] = []
        var upper: [Complex<Double>] = []
        var lower: [Complex<Double>] = []
        for z in roots {
            if abs(z.imaginary) <= 1e-8 * max(1, z.length) {
                result.append(Complex(z.real))
            } else if z.imaginary > 0 {
                upper.append(z)
            } else {
                lower.append(z)
            }
        }
        for u in upper {
            guard let index = lower.indices.min(by: { (lower[$0] - u.conjugate).length < (lower[$1] - u.conjugate).length }) else {
                result.append(u)
                continue
            }
            let l = lower.remove(at: index)
            let average = Complex((u.real + l.real) / 2, (u.imaginary - l.imaginary) / 2)
            result.append(average)
            result.append(average.conjugate)
        }
        return result + lower
    }
}
