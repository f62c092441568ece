import RNNMath

/// Activation and elementary-function primitives, applied elementwise (softmax per column
/// vector). Transcendental functions make values approximate; relu and step keep exact values
/// exact. Each forward computation is followed by its gradient rule.
extension Graph {
    /// `σ(a) = 1/(1+e⁻ᵃ)`; `∂/∂a = G ⊙ σ(a)(1−σ(a))`.
    package func sigmoid(_ a: NodeID) throws(GraphError) -> NodeID {
        let x = value(a)
        return try record("sigmoid", [a]) { () throws(MathError) in
            try x.map { (s: Scalar) throws(MathError) in try s.sigmoid() }
        } backward: { g, out throws(MathError) in
            [try g.hadamard(try out.map { (s: Scalar) throws(MathError) in try s.multiplying(by: try Scalar.one.subtracting(s)) })]
        }
    }

    /// `tanh(a)`; `∂/∂a = G ⊙ (1 − tanh²a)`.
    package func tanh(_ a: NodeID) throws(GraphError) -> NodeID {
        let x = value(a)
        return try record("tanh", [a]) { () throws(MathError) in
            try x.map { (s: Scalar) throws(MathError) in try s.tanh() }
        } backward: { g, out throws(MathError) in
            [try g.hadamard(try out.map { (s: Scalar) throws(MathError) in try Scalar.one.subtracting(try s.multiplying(by: s)) })]
        }
    }

    /// `relu(a) = max(a, 0)`, exact for exact input; `∂/∂a = G ⊙ [a > 0]` (0 at 0, as PyTorch).
    package func relu(_ a: NodeID) throws(GraphError) -> NodeID {
        let x = value(a)
        return try record("relu", [a]) { () throws(MathError) in
            try x.map { (s: Scalar) throws(MathError) in Scalar.zero.isLess(than: s) ? s : .zero }
        } backward: { g, _ throws(MathError) in
            [try g.hadamard(try x.map { (s: Scalar) throws(MathError) in Scalar.zero.isLess(than: s) ? .one : .zero })]
        }
    }

    /// The step function: 1 where `a > threshold` (`strict`) or `a ≥ threshold`, else 0; exact.
    /// Its derivative is 0 everywhere it exists, and 0 is used at the jump too.
    ///
    /// The op label records the rule, e.g. `"step(>0)"` or `"step(≥1/2)"`.
    package func step(_ a: NodeID, threshold: Scalar, strict: Bool) throws(GraphError) -> NodeID {
        let x = value(a)
        return try record("step(\(strict ? ">" : "≥")\(threshold))", [a]) { () throws(MathError) in
            try x.map { (s: Scalar) throws(MathError) in
                let above = strict ? threshold.isLess(than: s) : !s.isLess(than: threshold)
                return above ? .one : .zero
            }
        } backward: { g, _ in
            [Matrix.zeros(g.rows, g.cols)]
        }
    }

    /// `eᵃ`; `∂/∂a = G ⊙ eᵃ`.
    package func exp(_ a: NodeID) throws(GraphError) -> NodeID {
        let x = value(a)
        return try record("exp", [a]) { () throws(MathError) in
            try x.map { (s: Scalar) throws(MathError) in try s.exp() }
        } backward: { g, out throws(MathError) in
            [try g.hadamard(out)]
        }
    }

    /// `ln a` (every element must be positive); `∂/∂a = G ./ a`.
    package func log(_ a: NodeID) throws(GraphError) -> NodeID {
        let x = value(a)
        return try record("log", [a]) { () throws(MathError) in
            try x.map { (s: Scalar) throws(MathError) in try s.log() }
        } backward: { g, _ throws(MathError) in
            [try g.dividingElementwise(by: x)]
        }
    }

    /// `softmax(a)ᵢ = e^{aᵢ} / Σⱼ e^{aⱼ}` of a column vector (computed with the maximum
    /// subtracted, so large inputs do not overflow).
    ///
    /// With `s = softmax(a)`, the Jacobian is `diag(s) − s sᵀ`, so `∂/∂a = s ⊙ G − s (sᵀG)`.
    /// Throws for an input that is not an n×1 column vector.
    package func softmax(_ a: NodeID) throws(GraphError) -> NodeID {
        let x = value(a)
        return try record("softmax", [a]) { () throws(MathError) in
            guard x.cols == 1, x.rows >= 1 else {
                throw .domain(operation: "softmax", detail: "softmax needs an n×1 column vector, not a \(x.shapeDescription) matrix")
            }
            let largest = x.elements.map(\.doubleValue).max() ?? 0
            let shifted = try x.map { (s: Scalar) throws(MathError) in try Scalar.approx(s.doubleValue - largest).exp() }
            return try shifted.dividingElementwise(by: .scalar(try shifted.sumOfElements()))
        } backward: { g, out throws(MathError) in
            let weighted = try out.transposed.matmul(g)
            return [try out.hadamard(try g.subtracting(weighted))]
        }
    }
}
