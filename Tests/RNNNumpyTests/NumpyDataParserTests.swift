import RNNMath
@testable import RNNNumpy
import Testing

/// The parser's exactness rule, its located errors, and MT19937 against published values.
@Suite struct NumpyDataParserTests {
    private func value(_ source: String, _ name: String) throws -> Matrix {
        try #require(try NumpyDataParser.assignments(in: source).first { $0.name == name }).value
    }

    private func error(_ source: String) -> NumpyDataError? {
        #expect(throws: NumpyDataError.self) { try NumpyDataParser.assignments(in: source) }
    }

    @Test func mersenneTwisterMatchesTheReferenceOutputs() {
        // Matsumoto & Nishimura's mt19937ar.c, init_genrand(5489): first outputs 3499211612, 581869302.
        var generator = MT19937(seed: 5489)
        #expect(generator.next32() == 3_499_211_612)
        #expect(generator.next32() == 581_869_302)
        // numpy's documented `np.random.seed(0); np.random.rand()` = 0.5488135039273248.
        var state = LegacyRandomState(seed: 0)
        #expect(state.uniformUnit() == 0.5488135039273248)
    }

    @Test func exactConstructorsStayExact() throws {
        let data = "a = np.arange(6).reshape(2, 3)\nb = np.array([0.1, 1/3])\nc = np.eye(2) * 0.5 + np.full((2, 2), 2)\nd = np.zeros((2, 1))"
        #expect(try value(data, "a") == (try Matrix(exact: [[0, 1, 2], [3, 4, 5]])))
        // 0.1 is exactly 1/10 and 1/3 exactly a third, as everywhere in rnngrade.
        #expect(try value(data, "b") == (try Matrix([[.exact(try .fraction(1, 10)), .exact(try .fraction(1, 3))]])))
        #expect(try value(data, "c") == (try Matrix([[.exact(try .fraction(5, 2)), Scalar(2)], [Scalar(2), .exact(try .fraction(5, 2))]])))
        #expect(try value(data, "d") == Matrix.zeros(2, 1))
        // linspace and random draws are numpy's float64 values, so approximate.
        #expect(try value("a = np.linspace(0, 1, 3)", "a").isExact == false)
    }

    /// Integer ranges, on both sides of the machine-integer path (worked by hand): a step that
    /// does not divide the span, a negative step, and a start beyond 2⁶³ / 2, where `start + i·step`
    /// is computed as rationals.
    @Test func integerRangesAreExact() throws {
        #expect(try value("a = np.arange(-3, 20, 7)", "a") == (try Matrix(exact: [[-3, 4, 11, 18]])))
        #expect(try value("a = np.arange(5, -1, -2)", "a") == (try Matrix(exact: [[5, 3, 1]])))
        let big = try value("a = np.arange(9223372036854775806, 9223372036854775809)", "a")
        #expect(big.elements.map { $0.rational?.description } == ["9223372036854775806", "9223372036854775807", "9223372036854775808"])
    }

    /// Found by fuzzing (`scripts/fuzz.sh numpy-data`): a million-element range, built before
    /// its unknown keyword was reported, took over 30 s under AddressSanitizer; the range is
    /// machine integers now, and the keyword is still the located error.
    @Test func aMillionElementRangeWithAnUnknownKeywordIsItsError() {
        let failure = error("a = np.arange(1000000, size=5)\nd = np.random.randint(3, 4, size(2, 2)size=) + np.eye(2) * 0.2")
        #expect(failure?.message.contains("size") == true, "\(failure?.message ?? "no error")")
    }

    @Test func oneDimensionalArraysAreRows() throws {
        // numpy aligns a 1-D array with the last axis: b (4,) broadcasts over the rows of x (3, 4).
        #expect(try value("b = np.arange(4)", "b").shapeDescription == "1×4")
        let sum = try value("x = np.zeros((3, 4))\nb = np.arange(4)\ny = x + b", "y")
        #expect(sum == (try Matrix(exact: [[0, 1, 2, 3], [0, 1, 2, 3], [0, 1, 2, 3]])))
        #expect(try value("c = np.arange(3).reshape(-1, 1)", "c").shapeDescription == "3×1")
    }

    @Test func rankThreeAndFourAreArrays() throws {
        let x = try value("N, T, D = 2, 3, 4\nx = np.arange(N*T*D).reshape(N, T, D)", "x")
        #expect(x.shape == [2, 3, 4] && x.elements == (0..<24).map { Scalar.exact(Rational($0)) })
        #expect(try value("x = np.zeros((2, 3, 4, 5))", "x").shape == [2, 3, 4, 5])
        #expect(try value("np.random.seed(0)\nx = np.random.randn(2, 3, 4)", "x").shape == [2, 3, 4])
    }

    @Test func rankAboveEightIsALocatedError() {
        let source = "x = np.zeros(512).reshape(2, 2, 2, 2, 2, 2, 2, 2, 2)"
        let failure = error(source)
        #expect(failure?.message == "arrays of rank 9 (shape (2, 2, 2, 2, 2, 2, 2, 2, 2)) are not supported: rnngrade's arrays have at most 8 axes")
        #expect(failure?.offset == source.distance(of: "reshape"))
    }

    /// Found by the `numpy-data` fuzz harness (docs/fuzzing.md): `np.zeros((2,-1))` trapped
    /// ("Can't construct Array with count < 0"), since the −1 a `reshape` infers passed as a size.
    /// numpy refuses it with "ValueError: negative dimensions are not allowed"; so does rnngrade,
    /// at the call, for every constructor, while `reshape(-1, 1)` still infers.
    @Test func aNegativeSizeOutsideReshapeIsALocatedError() throws {
        let source = "a = np.zeros((2,-1))\nb = [[[["
        let failure = error(source)
        #expect(failure?.message == "negative dimensions are not allowed: (2, -1)")
        #expect(failure?.offset == 4)
        #expect(error("x = np.ones((-1, 3))")?.message == "negative dimensions are not allowed: (-1, 3)")
        #expect(error("x = np.full((-1,), 7)")?.message == "negative dimensions are not allowed: (-1,)")
        #expect(error("x = np.eye(-1)")?.message == "negative dimensions are not allowed: (-1, -1)")
        #expect(try value("c = np.arange(3).reshape(-1, 1)", "c").shapeDescription == "3×1")
    }

    @Test func outsideTheSubsetIsALocatedError() {
        let unknown = error("x = np.zeros(3)\ny = np.sin(x)")
        #expect(unknown?.offset == 20)
        #expect(unknown?.message == "'np.sin' is not in the numpy subset rnngrade reads")
        #expect(unknown?.expected?.contains("np.linspace") == true)
        #expect(error("import os")?.message == "only 'import numpy as np' can be imported")
        #expect(error("x = __import__('os')")?.message.contains("strings") == true)
        #expect(error("x = 2 ** 0.5")?.message == "the exponent of '**' must be an integer")
        #expect(error("x = 2 @ 3")?.message == "'@' is not in the numpy subset rnngrade reads")
        #expect(error("x = y + 1")?.message == "'y' is not defined above")
        #expect(error("x = np.linspace(0, 1, nums=5)")?.message.contains("'nums'") == true)
        #expect(error("x = np.arange(6).reshape(4, 2)")?.message == "cannot reshape array of size 6 into shape (4, 2)")
        #expect(error("x = np.ones((2, 3)) + np.ones((3, 2))")?.message
            == "operands could not be broadcast together with shapes (2, 3) (3, 2)")
        let deep = "x = " + String(repeating: "(", count: 100_000) + "1" + String(repeating: ")", count: 100_000)
        #expect(error(deep)?.message == "this expression nests more than 64 levels deep")
        #expect(error("x = " + String(repeating: "-", count: 100_000) + "1")?.message == "this expression nests more than 64 levels deep")
        // 2**64 has 65 bits; squared six times it is 2**4096, of 4097 bits, past the 4096-bit default.
        #expect(error("x = 2**64\nx = x*x\nx = x*x\nx = x*x\nx = x*x\nx = x*x\nx = x*x\nx = x*x\nx = x*x\nx = x*x\nx = x*x")?.message
            == "computing '*': exact values of 4097 bits would exceed the 4096-bit budget (raise it with <budget exact-bits=\"…\"/> in the rubric's <defaults>)")
        #expect(error("x = 10 ** 100000")?.offset == 10)  // the exponent
        #expect(error("x = np.zeros((10**7, 10))")?.message.contains("more than 1000000 elements") == true)
        #expect(error("x = np.arange(4)[4]")?.message == "index 4 is out of bounds for axis 0 with size 4")
    }

    @Test func randomWithoutASeedIsRefused() {
        let failure = error("x = np.random.randn(2, 3)")
        #expect(failure?.offset == 4)
        #expect(failure?.expected?.contains("np.random.seed") == true)
        #expect(error("np.random.seed(-1)")?.message.contains("2**32 - 1") == true)
    }

    @Test func importCommentsAndContinuationsAreAccepted() throws {
        let source = """
        import numpy as np  # the usual import
        W = np.array([[1, 2],
                      [3, 4]]); v = W[0] \\
            + 1
        """
        #expect(try value(source, "v") == (try Matrix(exact: [[2, 3]])))
        #expect(try value("s = 2**32 - 1\nm = -2**2", "s") == .scalar(Scalar(4_294_967_295)))
        #expect(try value("s = 2**32 - 1\nm = -2**2", "m") == .scalar(Scalar(-4)))
    }
}

extension String {
    /// The `Character` offset of the first occurrence of `needle`.
    func distance(of needle: String) -> Int? {
        guard let range = range(of: needle) else { return nil }
        return distance(from: startIndex, to: range.lowerBound)
    }
}
