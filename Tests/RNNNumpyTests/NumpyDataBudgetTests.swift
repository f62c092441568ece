import BigInt
import RNNMath
import RNNNumpy
import Testing

/// A data block is held to the rubric's work budget: exact sizes to `exact-bits` (powers
/// estimated before they are computed) and its total work to `data-work`, with the error at the
/// operation that would exceed it; honest blocks of the same shapes load exactly.
@Suite struct NumpyDataBudgetTests {
    private func error(_ source: String, budget: WorkBudget = .standard) -> NumpyDataError? {
        #expect(throws: NumpyDataError.self) { try NumpyDataParser.assignments(in: source, budget: budget) }
    }

    private func value(_ source: String, _ name: String, budget: WorkBudget = .standard) throws -> Matrix {
        try #require(try NumpyDataParser.assignments(in: source, budget: budget).first { $0.name == name }).value
    }

    @Test func aHugeExactPowerIsRefusedBeforeItIsComputed() {
        // 2e-3 = 1/500 and 500 has 9 bits, so 500^4265 would need about 9 · 4265 = 38385 bits.
        // (This input took more than 30 s before the budget.)
        let failure = error("x = 2e-3 ** 4265 - 3 - 1")
        #expect(failure?.offset == 12)   // the exponent
        #expect(failure?.message == "computing '**': the power ^4265 of exact values of 9 bits (about 38385 bits) would exceed "
            + "the 4096-bit budget (raise it with <budget exact-bits=\"…\"/> in the rubric's <defaults>)")
    }

    @Test func theSameShapeWithSmallNumbersLoadsExactly() throws {
        // (1/500)^3 − 3 − 1 = 1/125000000 − 4 = −499999999/125000000.
        let x = try value("x = 2e-3 ** 3 - 3 - 1", "x")
        #expect(x == .scalar(.exact(Rational(numerator: BigInt(-499_999_999), denominator: BigInt(125_000_000)))))
    }

    @Test func aRubricRaisesExactBitsForItsData() throws {
        let x = try value("x = 2e-3 ** 4265", "x", budget: WorkBudget(exactBits: 40_000))
        #expect(x == .scalar(.exact(Rational(numerator: BigInt(1), denominator: BigInt(500).power(4265)))))
    }

    @Test func aLongNumberIsHeldToExactBits() {
        // 10^1300 has ⌊1300 · log2(10)⌋ + 1 = 4319 bits.
        let failure = error("y = 1\nx = 1e1300")
        #expect(failure?.offset == 10)
        #expect(failure?.message.hasPrefix("computing the number 1e1300: exact values of 4319 bits would exceed the 4096-bit budget") == true)
    }

    @Test func elementsTimesOperationsAreHeldToDataWork() {
        // zeros: 10⁶ element operations (the default budget), + 1: 10⁶ more.
        let source = "x = np.zeros((1000, 1000))\ny = x + 1"
        let failure = error(source)
        #expect(failure?.offset == source.distance(from: source.startIndex, to: source.firstIndex(of: "+")!))
        #expect(failure?.message == "computing '+': 2000000 element operations would exceed the budget of 1000000 element "
            + "operations per data block (raise it with <budget data-work=\"…\"/> in the rubric's <defaults>)")
    }

    @Test func arraysWithLeadingAxesAreChargedByTheirWholeShape() throws {
        // (100, 100, 100) has 10⁶ elements: + 1 broadcasts to all of them, as does a transpose.
        let sum = "x = np.zeros((100, 100, 100))\ny = x + 1"
        #expect(error(sum)?.offset == sum.distance(from: sum.startIndex, to: sum.firstIndex(of: "+")!))
        #expect(error(sum)?.message.hasPrefix("computing '+': 2000000 element operations would exceed the budget of 1000000") == true)
        #expect(error("x = np.zeros((100, 100, 100))\ny = x.transpose(2, 0, 1)")?.message
            .hasPrefix("computing '.transpose': 2000000 element operations would exceed") == true)
        // (100, 1, 1) + (1, 100, 100) broadcasts to 10⁶ elements although the operands have
        // 100 and 10⁴: 100 + 10⁴ + 10⁶ = 1010100.
        #expect(error("x = np.ones((100, 1, 1)) + np.ones((1, 100, 100))")?.message
            .hasPrefix("computing '+': 1010100 element operations would exceed") == true)
        let small = try value("x = np.ones((2, 3, 4)) * 2", "x")
        #expect(small.shape == [2, 3, 4] && small.elements.allSatisfy { $0 == .exact(Rational(2)) })
    }

    @Test func anHonestArrayAtTheElementCapLoadsExactly() throws {
        let x = try value("x = np.ones((1000, 1000))", "x")
        #expect(x.rows == 1000 && x.cols == 1000)
        #expect(x.elements.allSatisfy { $0 == .one })
    }

    @Test func aRubricRaisesDataWork() throws {
        // ones: 100, * 3: 100 more, - 1: 100 more; 300 in all, every element 3·1 − 1 = 2.
        let source = "x = np.ones((10, 10)) * 3 - 1"
        let x = try value(source, "x", budget: WorkBudget(dataWork: 300))
        #expect(x.elements.count == 100 && x.elements.allSatisfy { $0 == .exact(Rational(2)) })
        #expect(error(source, budget: WorkBudget(dataWork: 299))?.message.hasPrefix("computing '-': 300 element operations would exceed") == true)
    }

    @Test func largeExactOperandsCostTheProductOfTheirWords() {
        // 3**2000: estimated 2 · 2000 = 4000 bits (63 words), charged 63² = 3969; the full array
        // 10⁴; 3^2000 has ⌊2000 · log2(3)⌋ + 1 = 3170 bits (50 words), so each element of y * y
        // costs 50 · 50 = 2500 and the 10⁴ of them 25·10⁶: refused before any is multiplied.
        let source = "a = 3 ** 2000\ny = np.full((100, 100), a)\nz = y * y"
        let failure = error(source)
        #expect(failure?.message.hasPrefix("computing '*': 25013969 element operations would exceed the budget of 1000000") == true)
    }
}
