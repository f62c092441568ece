import BigInt
import RNNMath
import Testing

/// The budget checks on exact matrices, with sizes worked out by hand in each test.
@Suite struct WorkBudgetTests {
    @Test func bitsCountNumeratorOrDenominatorWhicheverIsLonger() throws {
        // 1/2^4096 has a 4097-bit denominator; 0 and ±1 count as 0 bits.
        let tiny = Rational(numerator: 1, denominator: BigInt(1) << 4096)
        let m = try Matrix([[.exact(tiny), .one, .zero, Scalar(-1)]])
        #expect(m.largestExactBits == 4097)
        #expect(throws: MathError.overBudget(BudgetExcess(work: "exact values of 4097 bits", limit: .exactBits, budget: .standard))) {
            try m.requireExactBits(within: .standard)
        }
        try m.requireExactBits(within: WorkBudget(exactBits: 4097))
    }

    @Test func eliminationIsRefusedBySizeThenByEstimatedBits() throws {
        let n21 = Matrix.identity(21)
        #expect(throws: MathError.overBudget(BudgetExcess(work: "det of an exact 21×21 matrix", limit: .exactMatrixSize, budget: .standard))) {
            try n21.determinant()
        }
        #expect(try n21.determinant(budget: WorkBudget(exactMatrixSize: 21)) == .one)
        // 2×2 of 1/2^100 (101 bits): estimate 2·(101 + 1) = 204 bits, over a 200-bit budget.
        let x = Scalar.exact(Rational(numerator: 1, denominator: BigInt(1) << 100))
        let m = try Matrix([[x, .zero], [.zero, x]])
        #expect(throws: MathError.overBudget(BudgetExcess(work: "inv of this exact 2×2 matrix (about 204 bits)", limit: .exactBits,
                                                          budget: WorkBudget(exactBits: 200)))) {
            try m.inverse(budget: WorkBudget(exactBits: 200))
        }
        #expect(try m.inverse(budget: WorkBudget(exactBits: 204)) == Matrix([[.exact(Rational(BigInt(1) << 100)), .zero],
                                                                              [.zero, .exact(Rational(BigInt(1) << 100))]]))
    }

    @Test func powerEstimateAccountsForEntrySize() throws {
        // [[1, 1], [0, 1]]^30 = [[1, 30], [0, 1]]: entries 0/1, estimate 30·(0 + 1) = 30 bits.
        let shear = try Matrix(exact: [[1, 1], [0, 1]])
        #expect(try shear.power(30) == Matrix(exact: [[1, 30], [0, 1]]))
        // [[3]]-sized entries of 2 bits in a 2×2: ^2000 estimates 2000·(2 + 1) = 6000 bits > 4096.
        let threes = try Matrix(exact: [[3, 0], [0, 3]])
        #expect(throws: MathError.overBudget(BudgetExcess(work: "the matrix power ^2000 of exact values of 2 bits (about 6000 bits)",
                                                          limit: .exactBits, budget: .standard))) {
            try threes.power(2000)
        }
        // I^5000 (2×2) estimates 5000·(0 + 1) = 5000 bits exactly; in floating point it is not limited.
        #expect(throws: MathError.self) { try Matrix.identity(2).power(5000) }
        #expect(try Matrix.identity(2).inFloatingPoint().power(5000) == Matrix(approx: [[1, 0], [0, 1]]))
    }

    @Test func log10MagnitudeNeedsNoDouble() {
        // 1/(91·10^990) lies far below the smallest Double; log₁₀ = −990 − log₁₀ 91 = −991.959…
        let key = Rational(numerator: 1, denominator: 91 * BigInt(10).power(990))
        #expect(key.doubleValue == 0)
        #expect(abs(key.log10Magnitude - (-990 - 1.9590413923210936)) < 1e-9)
        #expect(Rational(numerator: BigInt(10).power(400), denominator: 1).log10Magnitude == 400)
    }

    @Test func excessNamesTheAttributeThatRaisesIt() {
        let excess = BudgetExcess(work: "exact values of 4097 bits", limit: .exactBits, budget: .standard)
        #expect(excess.description == #"exact values of 4097 bits would exceed the 4096-bit budget (raise it with <budget exact-bits="…"/> in the rubric's <defaults>)"#)
        #expect(WorkBudget.Limit.allCases.map(\.rawValue) == ["exact-bits", "graph-nodes", "matrix-size", "design-sequences", "formula-samples",
                                                               "data-work", "design-steps"])
    }
}
