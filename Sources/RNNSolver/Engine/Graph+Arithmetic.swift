import RNNMath

/// Linear and polynomial primitives. Each forward computation is followed by its gradient rule.
/// Elementwise operations broadcast size-1 axes (numpy's rule on rank ≤ 2, see
/// `Matrix.elementwise`); a broadcast operand's gradient is the broadcast gradient summed over
/// the axes it was repeated along (`Matrix.unbroadcast`).
extension Graph {
    /// `a + b`; `∂/∂a = G`, `∂/∂b = G` (summed over a broadcast operand's repeated axes).
    package func add(_ a: NodeID, _ b: NodeID) throws(GraphError) -> NodeID {
        let (x, y) = (value(a), value(b))
        return try record("add", [a, b], anyRank: true) { () throws(MathError) in try x.adding(y) } backward: { g, _ throws(MathError) in
            [try x.unbroadcast(g), try y.unbroadcast(g)]
        }
    }

    /// `a − b`; `∂/∂a = G`, `∂/∂b = −G`.
    package func subtract(_ a: NodeID, _ b: NodeID) throws(GraphError) -> NodeID {
        let (x, y) = (value(a), value(b))
        return try record("subtract", [a, b], anyRank: true) { () throws(MathError) in try x.subtracting(y) } backward: { g, _ throws(MathError) in
            [try x.unbroadcast(g), try y.unbroadcast(g.negated)]
        }
    }

    /// `−a`; `∂/∂a = −G`.
    package func negate(_ a: NodeID) throws(GraphError) -> NodeID {
        let x = value(a)
        return try record("negate", [a], anyRank: true) { () throws(MathError) in x.negated } backward: { g, _ in [g.negated] }
    }

    /// The identity `a` (a named step in a worked solution); `∂/∂a = G`.
    package func identity(_ a: NodeID) throws(GraphError) -> NodeID {
        let x = value(a)
        return try record("identity", [a], anyRank: true) { () throws(MathError) in x } backward: { g, _ in [g] }
    }

    /// The matrix product `A·B`, where a 1×1 operand scales the other; batched over leading
    /// axes as `numpy.matmul`.
    ///
    /// `∂/∂A = G·Bᵀ`, `∂/∂B = Aᵀ·G`; when `A` is a 1×1 scale `a`: `∂/∂a = Σ G⊙B`, `∂/∂B = a·G`
    /// (symmetrically for a 1×1 `B`).
    package func matmul(_ a: NodeID, _ b: NodeID) throws(GraphError) -> NodeID {
        let (x, y) = (value(a), value(b))
        return try record("matmul", [a, b], anyRank: true) { () throws(MathError) in try x.matmul(y) } backward: { g, _ throws(MathError) in
            if x.isScalar && !y.isScalar {
                return [.scalar(try g.hadamard(y).sumOfElements()), try g.matmul(x)]
            }
            if y.isScalar && !x.isScalar {
                return [try g.matmul(y), .scalar(try g.hadamard(x).sumOfElements())]
            }
            // With leading axes the product is batched; each operand's gradient is summed over
            // the leading axes it was broadcast along.
            return [try x.unbroadcast(try g.matmul(y.transposed)),
                    try y.unbroadcast(try x.transposed.matmul(g))]
        }
    }

    /// The elementwise product `a ⊙ b`; `∂/∂a = G⊙b`, `∂/∂b = G⊙a`.
    package func hadamard(_ a: NodeID, _ b: NodeID) throws(GraphError) -> NodeID {
        let (x, y) = (value(a), value(b))
        return try record("hadamard", [a, b], anyRank: true) { () throws(MathError) in try x.hadamard(y) } backward: { g, _ throws(MathError) in
            [try x.unbroadcast(try g.hadamard(y)), try y.unbroadcast(try g.hadamard(x))]
        }
    }

    /// Elementwise division `a ./ b` (a 1×1 `b` divides every element).
    ///
    /// `∂/∂a = G ./ b`, `∂/∂b = −G ⊙ (a ./ b) ./ b`. Throws for a zero divisor element.
    package func divide(_ a: NodeID, _ b: NodeID) throws(GraphError) -> NodeID {
        let (x, y) = (value(a), value(b))
        return try record("divide", [a, b], anyRank: true) { () throws(MathError) in try x.dividingElementwise(by: y) } backward: { g, out throws(MathError) in
            let ga = try g.dividingElementwise(by: y)
            let gb = try ga.hadamard(out).negated
            return [try x.unbroadcast(ga), try y.unbroadcast(gb)]
        }
    }

    /// The transpose `aᵀ`; `∂/∂a = Gᵀ`.
    package func transpose(_ a: NodeID) throws(GraphError) -> NodeID {
        let x = value(a)
        return try record("transpose", [a]) { () throws(MathError) in x.transposed } backward: { g, _ in [g.transposed] }
    }

    /// The sum of all elements, a 1×1 result; `∂/∂a = G·𝟙` (every element receives G).
    package func sum(_ a: NodeID) throws(GraphError) -> NodeID {
        let x = value(a)
        return try record("sum", [a], anyRank: true) { () throws(MathError) in .scalar(try x.sumOfElements()) } backward: { g, _ throws(MathError) in
            [try x.filled(with: g.elements[0])]
        }
    }

    /// The trace Σᵢ Aᵢᵢ of a square matrix, a 1×1 result; `∂/∂A = G·I`.
    package func trace(_ a: NodeID) throws(GraphError) -> NodeID {
        let x = value(a)
        return try record("trace", [a]) { () throws(MathError) in
            guard x.isSquare else {
                throw .domain(operation: "trace", detail: "trace needs a square matrix, not \(x.shapeDescription)")
            }
            let total = (0..<x.rows).reduce(Scalar.zero) { $0 + x[$1, $1] }
            if case .approx(let d) = total { return .scalar(try .approximate(d, operation: "trace")) }
            return .scalar(total)
        } backward: { g, _ throws(MathError) in
            [try Matrix.identity(x.rows).scaled(by: g.elements[0])]
        }
    }

    /// The elementwise integer power `a.^n`; `∂/∂a = G ⊙ n·a.^(n−1)`.
    ///
    /// Throws for a zero element raised to a negative power, and for `n = Int.min`.
    package func power(_ a: NodeID, _ n: Int) throws(GraphError) -> NodeID {
        let x = value(a)
        return try record("power(\(n))", [a]) { () throws(MathError) in
            guard n > Int.min else { throw .domain(operation: "power", detail: "the exponent \(n) is out of range") }
            let base = try withinBudget { () throws(MathError) in
                try x.requireExactPower(n, matrix: false, within: budget)
                return x
            } otherwise: { () throws(MathError) in try x.inFloatingPoint() }
            return try base.map { (s: Scalar) throws(MathError) in try s.power(n) }
        } backward: { [unowned self] g, _ throws(MathError) in
            // a.^(n−1) is held to the budget as the forward a.^n was (the same estimate).
            let base = try withinBudget { () throws(MathError) in
                try x.requireExactPower(n == 0 ? 0 : n - 1, matrix: false, within: budget)
                return x
            } otherwise: { () throws(MathError) in try x.inFloatingPoint() }
            let slope = try base.map { (s: Scalar) throws(MathError) in
                n == 0 ? .zero : try Scalar(n).multiplying(by: try s.power(n - 1))
            }
            return [try g.hadamard(slope)]
        }
    }

    /// The matrix power `Aⁿ` of a square matrix, `n ≥ 0`.
    ///
    /// `∂/∂A = Σ_{k=0}^{n−1} (Aᵏ)ᵀ · G · (Aⁿ⁻¹⁻ᵏ)ᵀ` (the product rule over the n factors).
    /// Throws for a non-square matrix or a negative `n`.
    package func matrixPower(_ a: NodeID, _ n: Int) throws(GraphError) -> NodeID {
        let x = value(a)
        return try record("matrixPower(\(n))", [a]) { () throws(MathError) in
            guard n >= 0 else {
                throw .domain(operation: "matrix power", detail: "a differentiable matrix power needs n ≥ 0, not \(n)")
            }
            return try withinBudget { () throws(MathError) in try x.power(n, budget: budget) }
                otherwise: { () throws(MathError) in try x.inFloatingPoint().power(n) }
        } backward: { [unowned self] g, _ throws(MathError) in
            // The rule sums n products: n is held to the graph's node budget, and the powers
            // Aᵏ (k < n) to the exact budget as the forward Aⁿ was.
            guard n <= budget.graphNodes else {
                throw .overBudget(BudgetExcess(work: "the gradient of the matrix power ^\(n) (a sum of \(n) products)",
                                               limit: .graphNodes, budget: budget))
            }
            let a = try withinBudget { () throws(MathError) in
                try x.requireExactPower(max(n - 1, 0), matrix: true, within: budget)
                return x
            } otherwise: { () throws(MathError) in try x.inFloatingPoint() }
            var powersT = [Matrix.identity(x.rows)]  // (Aᵀ)ᵏ for k = 0…n−1
            for _ in 1..<max(n, 1) { powersT.append(try powersT[powersT.count - 1].matmul(a.transposed)) }
            var total = Matrix.zeros(x.rows, x.cols)
            for k in 0..<n {
                total = try total.adding(try powersT[k].matmul(g).matmul(powersT[n - 1 - k]))
            }
            return [total]
        }
    }
}
