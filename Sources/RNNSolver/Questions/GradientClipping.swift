import RNNMath

/// Gradient clipping by value and by norm, exact where the arithmetic is rational.
///
/// The norm is the Euclidean norm over every element of every gradient together (the "global
/// norm" of TF `clip_by_global_norm` and PyTorch `clip_grad_norm_`); a single matrix is the
/// one-element case.
///
///     let g = try Matrix(exact: [[3], [4]])
///     try GradientClipping.clipByNorm(g, 1)        // [3/5; 4/5], exact
///     try GradientClipping.clipByNormTorch(g, 1)   // [3000000/5000001; 4000000/5000001] ≈ [0.59999988; 0.79999984]
///
/// Source: Pascanu, Mikolov, Bengio 2013, Algorithm 1; PyTorch `torch/nn/utils/clip_grad.py`.
/// See also docs/conventions.md, "Clipping".
package enum GradientClipping {
    /// PyTorch's `clip_grad_norm_` guard added to the norm, `1e-6`, as the exact rational 1/10⁶.
    package static let torchEpsilon = Scalar.exact(Rational(1) / Rational(1_000_000))

    /// Clamps every component to `[−c, c]` (PyTorch `clip_grad_value_`): exact for exact input.
    ///
    ///     clipByValue([2; −0.5; −3], 1) = [1; −0.5; −1]
    ///
    /// - Throws: `MathError.domain` when `c < 0`.
    package static func clipByValue(_ g: Matrix, _ c: Scalar) throws(MathError) -> Matrix {
        guard !c.isLess(than: .zero) else {
            throw .domain(operation: "clip by value", detail: "the threshold \(c) is negative")
        }
        return try g.map { (value: Scalar) throws(MathError) in
            if c.isLess(than: value) { return c }
            if value.isLess(than: c.negated) { return c.negated }
            return value
        }
    }

    /// The Euclidean norm of all elements of all `gradients`, `√(Σ gᵢ²)`: exact when the sum of
    /// squares is the square of a rational.
    ///
    ///     globalNorm([[3; 4]]) = 5;   globalNorm([[1; 2], [2]]) = 3
    package static func globalNorm(_ gradients: [Matrix]) throws(MathError) -> Scalar {
        var sumOfSquares = Scalar.zero
        for gradient in gradients {
            for element in gradient.elements {
                sumOfSquares = try sumOfSquares.adding(try element.multiplying(by: element))
            }
        }
        return try sumOfSquares.squareRoot()
    }

    /// Rescales `g` to norm `c` when `‖g‖ ≥ c`: `g ← c·g/‖g‖` (Pascanu et al. 2013, Alg. 1).
    ///
    ///     clipByNorm([3; 4], 1) = [3/5; 4/5];   clipByNorm([3; 4], 10) = [3; 4]
    ///
    /// - Throws: `MathError.domain` when `c ≤ 0`.
    package static func clipByNorm(_ g: Matrix, _ c: Scalar) throws(MathError) -> Matrix {
        try clipByNorm([g], c)[0]
    }

    /// `clipByNorm` for several gradients with one global norm: each `gⱼ ← c·gⱼ/‖g‖` when `‖g‖ ≥ c`.
    ///
    /// - Throws: `MathError.domain` when `c ≤ 0`.
    package static func clipByNorm(_ gradients: [Matrix], _ c: Scalar) throws(MathError) -> [Matrix] {
        try requirePositive(c, "clip by norm")
        let norm = try globalNorm(gradients)
        guard !norm.isLess(than: c) else { return gradients }
        let factor = try c.dividing(by: norm)
        return try gradients.map { (g: Matrix) throws(MathError) in try g.scaled(by: factor) }
    }

    /// PyTorch's `clip_grad_norm_`: `coef = min(1, c/(‖g‖ + 10⁻⁶))`, `g ← coef·g`; exact when
    /// `‖g‖` is rational, the guard being the exact rational 10⁻⁶.
    ///
    ///     clipByNormTorch([3; 4], 1) ≈ [0.59999988; 0.79999984]
    ///
    /// - Throws: `MathError.domain` when `c ≤ 0`.
    package static func clipByNormTorch(_ g: Matrix, _ c: Scalar) throws(MathError) -> Matrix {
        try clipByNormTorch([g], c)[0]
    }

    /// `clipByNormTorch` for several gradients with one global norm.
    ///
    /// - Throws: `MathError.domain` when `c ≤ 0`.
    package static func clipByNormTorch(_ gradients: [Matrix], _ c: Scalar) throws(MathError) -> [Matrix] {
        try requirePositive(c, "clip by norm (PyTorch)")
        let coefficient = try c.dividing(by: try globalNorm(gradients).adding(torchEpsilon))
        guard coefficient.isLess(than: .one) else { return gradients }
        return try gradients.map { (g: Matrix) throws(MathError) in try g.scaled(by: coefficient) }
    }

    /// Throws `MathError.domain` for a threshold that is not positive.
    private static func requirePositive(_ c: Scalar, _ operation: String) throws(MathError) {
        guard Scalar.zero.isLess(than: c) else {
            throw .domain(operation: operation, detail: "the threshold \(c) must be positive")
        }
    }
}
