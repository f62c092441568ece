import BigInt

/// The checks that keep exact work on a matrix within a ``WorkBudget``: each throws
/// `MathError.overBudget` before the work starts (or, for a value already computed, before it
/// is used further), naming the work and the limit.
extension Matrix {
    /// The largest bit length of a numerator or denominator among the exact elements (0, ±1
    /// count as 0 bits: their powers and products do not grow).
    package var largestExactBits: Int {
        switch storage {
        case let .scalars(scalars): scalars.largestExactBits
        case .doubles: 0
        }
    }

    /// Throws unless every exact element's numerator and denominator fit in `budget.exactBits`.
    package func requireExactBits(within budget: WorkBudget) throws(MathError) {
        let bits = largestExactBits
        guard bits <= budget.exactBits else {
            throw .overBudget(BudgetExcess(work: "exact values of \(bits) bits", limit: .exactBits, budget: budget))
        }
    }

    /// Throws unless an exact determinant or inverse (`operation`) of this square matrix fits
    /// the budget: n ≤ `exactMatrixSize`, and the result's estimated size n·(b + log₂ n) bits
    /// (b the largest element's bits) ≤ `exactBits`. Approximate matrices always fit.
    package func requireExactElimination(_ operation: String, within budget: WorkBudget) throws(MathError) {
        guard isExact else { return }
        guard rows <= budget.exactMatrixSize else {
            throw .overBudget(BudgetExcess(work: "\(operation) of an exact \(shapeDescription) matrix",
                                           limit: .exactMatrixSize, budget: budget))
        }
        let estimate = rows * (largestExactBits + Self.bitLength(rows))
        guard estimate <= budget.exactBits else {
            throw .overBudget(BudgetExcess(work: "\(operation) of this exact \(shapeDescription) matrix (about \(estimate) bits)",
                                           limit: .exactBits, budget: budget))
        }
    }

    /// Throws unless the exact power `selfⁿ` (a matrix power when `matrix`, else elementwise)
    /// fits the budget: its entries' estimated size |n|·(b + log₂ size) bits ≤ `exactBits`, and
    /// for a matrix power n×n ≤ `exactMatrixSize`. Approximate matrices always fit.
    package func requireExactPower(_ n: Int, matrix: Bool, within budget: WorkBudget) throws(MathError) {
        guard isExact else { return }
        let operation = matrix ? "the matrix power ^\(n)" : "the power ^\(n)"
        if matrix, rows > budget.exactMatrixSize {
            throw .overBudget(BudgetExcess(work: "\(operation) of an exact \(shapeDescription) matrix",
                                           limit: .exactMatrixSize, budget: budget))
        }
        let perFactor = largestExactBits + (matrix ? Self.bitLength(rows) : 0)
        let (estimate, overflow) = n.magnitude.multipliedReportingOverflow(by: UInt(perFactor))
        guard !overflow, estimate <= UInt(budget.exactBits) else {
            throw .overBudget(BudgetExcess(work: "\(operation) of exact values of \(largestExactBits) bits"
                                           + " (about \(overflow ? "more than \(UInt.max)" : "\(estimate)") bits)",
                                           limit: .exactBits, budget: budget))
        }
    }

    /// Every element as its nearest `Double` (the fallback when exact work would exceed the
    /// budget and the key may be approximate).
    ///
    /// - Throws: `MathError.overflow` for an exact element beyond the floating-point range.
    package func inFloatingPoint() throws(MathError) -> Matrix {
        try map { (s: Scalar) throws(MathError) in try Scalar.approximate(s.doubleValue, operation: "conversion to floating point") }
    }

    /// ⌈log₂ n⌉ for n ≥ 1 (the bits a sum of n terms may add).
    private static func bitLength(_ n: Int) -> Int {
        n <= 1 ? 0 : Int.bitWidth - (n - 1).leadingZeroBitCount
    }
}

extension Sequence<Scalar> {
    /// The largest bit length of a numerator or denominator among the exact scalars (0, ±1
    /// count as 0 bits: their powers and products do not grow); 0 when none is exact.
    package var largestExactBits: Int {
        reduce(0) { largest, element in
            guard case .exact(let r) = element else { return largest }
            let bits = Swift.max(r.numerator.magnitude.bitWidth, r.denominator.magnitude.bitWidth)
            return Swift.max(largest, bits <= 1 ? 0 : bits)
        }
    }
}
