import BigInt
import Testing
@testable import RNNMath

/// Matrices whose elements are all approximate are stored as doubles and their arithmetic runs
/// on doubles; exact products run over integers with a common denominator. Every result here is
/// compared with the definition, computed in the test element by element with `Scalar`
/// arithmetic (exact ∘ exact is exact, anything with an approximate operand is approximate), so
/// the fast paths must give the same values, bit for bit, and the same errors.
struct DenseMatrixArithmeticTests {
    /// What a random matrix holds.
    enum Kind: CaseIterable { case approximate, exact, mixed }

    /// A random `rows`×`cols` matrix of `kind`: approximate values in ±2 with a few exact
    /// zeros' worth of negative zero, exact fractions k/d with small d.
    static func random(_ rows: Int, _ cols: Int, _ kind: Kind, _ generator: inout SplitMix64) -> Matrix {
        let elements: [Scalar] = (0..<(rows * cols)).map { index in
            let exact = kind == .exact || (kind == .mixed && index % 2 == 0)
            if exact {
                let denominators: [Int] = [1, 2, 3, 7, 10, 799]
                let d = denominators[Int(generator.next() % UInt64(denominators.count))]
                let n = Int(generator.next() % 41) - 20
                return .exact(try! Rational.fraction(BigInt(n), BigInt(d)))
            }
            let value = Double(Int(generator.next() % 4001) - 2000) / 997.0
            return .approx(value)
        }
        return try! Matrix(rows: rows, cols: cols, elements: elements)
    }

    /// The product by its definition: Σₖ aᵣₖ·bₖ꜀ from an exact 0, in `Scalar` arithmetic.
    static func definitionProduct(_ a: Matrix, _ b: Matrix) throws -> Matrix {
        var elements: [Scalar] = []
        for r in 0..<a.rows {
            for c in 0..<b.cols {
                var sum = Scalar.zero
                for k in 0..<a.cols { sum = try sum.adding(try a[r, k].multiplying(by: b[k, c])) }
                elements.append(sum)
            }
        }
        return try Matrix(rows: a.rows, cols: b.cols, elements: elements)
    }

    /// `combine` by its definition, with numpy broadcasting on two axes.
    static func definitionElementwise(_ a: Matrix, _ b: Matrix,
                                      _ combine: (Scalar, Scalar) throws -> Scalar) throws -> Matrix {
        let rows = max(a.rows, b.rows), cols = max(a.cols, b.cols)
        var elements: [Scalar] = []
        for r in 0..<rows {
            for c in 0..<cols { elements.append(try combine(a[r % a.rows, c % a.cols], b[r % b.rows, c % b.cols])) }
        }
        return try Matrix(rows: rows, cols: cols, elements: elements)
    }

    /// Bitwise equality of elements (so a −0 where the definition has 0 would fail).
    static func identical(_ x: Matrix, _ y: Matrix) -> Bool {
        x.shape == y.shape && zip(x.elements, y.elements).allSatisfy { p, q in
            switch (p, q) {
            case let (.approx(u), .approx(v)): u.bitPattern == v.bitPattern
            case let (.exact(u), .exact(v)): u == v
            default: false
            }
        }
    }

    @Test func productsEqualTheDefinitionForEveryMixOfOperands() throws {
        var generator = SplitMix64(seed: 11)
        for trial in 0..<300 {
            let (n, k, m) = (1 + trial % 4, 1 + (trial / 4) % 5, 1 + (trial / 20) % 3)
            let left = Kind.allCases[trial % 3], right = Kind.allCases[(trial / 3) % 3]
            let a = Self.random(n, k, left, &generator), b = Self.random(k, m, right, &generator)
            let product = try a.matmul(b)
            #expect(Self.identical(product, try Self.definitionProduct(a, b)), "\(left)·\(right): \(a) · \(b)")
            if left == .approximate || right == .approximate { #expect(product.approximations != nil) }
            if left == .exact && right == .exact { #expect(product.isExact) }
        }
    }

    @Test func elementwiseOperationsWithBroadcastingEqualTheDefinition() throws {
        var generator = SplitMix64(seed: 12)
        let shapes = [(3, 4), (1, 4), (3, 1), (1, 1)]
        for trial in 0..<240 {
            let (ar, ac) = shapes[trial % 4], (br, bc) = shapes[(trial / 4) % 4]
            let a = Self.random(ar, ac, Kind.allCases[trial % 3], &generator)
            let b = Self.random(br, bc, Kind.allCases[(trial / 3) % 3], &generator)
            #expect(Self.identical(try a.adding(b), try Self.definitionElementwise(a, b) { try $0.adding($1) }))
            #expect(Self.identical(try a.subtracting(b), try Self.definitionElementwise(a, b) { try $0.subtracting($1) }))
            #expect(Self.identical(try a.hadamard(b), try Self.definitionElementwise(a, b) { try $0.multiplying(by: $1) }))
            if b.elements.allSatisfy({ !$0.isZero }) {
                #expect(Self.identical(try a.dividingElementwise(by: b), try Self.definitionElementwise(a, b) { try $0.dividing(by: $1) }))
            }
        }
    }

    @Test func transposesSlicesAndNegationKeepEveryElement() throws {
        var generator = SplitMix64(seed: 13)
        for kind in Kind.allCases {
            let a = Self.random(3, 4, kind, &generator)
            let t = a.transposed
            #expect(t.shapeDescription == "4×3")
            for r in 0..<3 { for c in 0..<4 { #expect(t[c, r] == a[r, c]) } }
            let block = try a.block(rows: 1..<3, cols: 2..<4)
            #expect(block.elements == [a[1, 2], a[1, 3], a[2, 2], a[2, 3]])
            #expect(a.negated.elements == a.elements.map(\.negated))
        }
    }

    @Test func anApproximateMatrixIsTheSameValueHoweverItWasBuilt() throws {
        let fromScalars = try Matrix(rows: 1, cols: 2, elements: [.approx(0.5), .approx(-1.25)])
        let computed = try Matrix(approx: [[0.25, -0.625]]).scaled(by: Scalar(2))
        #expect(fromScalars.approximations == [0.5, -1.25] && computed.approximations == [0.5, -1.25])
        #expect(fromScalars == computed && fromScalars.hashValue == computed.hashValue)
        #expect(!fromScalars.isExact && fromScalars.elements == [.approx(0.5), .approx(-1.25)])
        let mixed = try Matrix(rows: 1, cols: 2, elements: [.approx(0.5), .exact(1)])
        #expect(mixed.approximations == nil && mixed != fromScalars)
    }

    @Test func aZeroProductIsPositiveZero() throws {
        // −1.5 · 0 is −0 in IEEE arithmetic; Scalar.approximate stores it as 0.
        let product = try Matrix(approx: [[-1.5]]).hadamard(.scalar(.zero))
        #expect(product.elements == [.approx(0)] && product.approximations?[0].sign == .plus)
        let matmul = try Matrix(approx: [[-1.5, 0]]).matmul(try Matrix(exact: [[0], [0]]))
        #expect(matmul.approximations?[0].sign == .plus)
    }

    @Test func overflowAndDivisionByZeroThrowAsElementArithmeticDoes() throws {
        let huge = try Matrix(approx: [[1e200, 1]])
        let overflow = #expect(throws: MathError.self) { try huge.matmul(huge.transposed) }
        #expect(overflow?.description.contains("multiplication") == true)
        #expect(throws: MathError.divisionByZero) { try Matrix(approx: [[1.0, 2.0]]).dividingElementwise(by: try Matrix(approx: [[1.0, 0.0]])) }
        #expect(throws: MathError.self) { try huge.hadamard(huge) }
    }

    @Test func exactProductsOverACommonDenominator() throws {
        // [1/2 1/3] · [2/5; 3/7] = 1/5 + 1/7 = 12/35.
        let a = try Matrix(exact: [[.fraction(1, 2), .fraction(1, 3)]])
        let b = try Matrix(exact: [[.fraction(2, 5)], [.fraction(3, 7)]])
        #expect(try a.matmul(b) == .scalar(.exact(try .fraction(12, 35))))
        // Numerators beyond machine integers: (2⁷⁰/3)·(2⁷⁰/3) + 1·(1/9) = (2¹⁴⁰ + 1)/9.
        let big = Rational(numerator: BigInt(1) << 70, denominator: 3)
        let c = try Matrix(exact: [[big, 1]]), d = try Matrix(exact: [[big], [.fraction(1, 9)]])
        #expect(try c.matmul(d) == .scalar(.exact(Rational(numerator: (BigInt(1) << 140) + 1, denominator: 9))))
    }

    @Test func elementwiseFunctionsOnDoublesMatchTheirScalarRules() throws {
        var generator = SplitMix64(seed: 14)
        let x = Self.random(3, 5, .approximate, &generator), g = Self.random(3, 5, .mixed, &generator)
        for function in [MatrixFunction.sigmoid, .tanh, .exp] {
            let y = try function.apply(x)
            #expect(y.approximations != nil)
            #expect(y == (try x.map { s throws(MathError) in .approx(function.double(s.doubleValue)) }))
            let gradient = try function.backward(g, x, y)
            // g·σ(1 − σ), g·(1 − tanh²), g·exp, each written out in Scalar arithmetic.
            let expected = try Matrix(rows: 3, cols: 5, elements: (0..<15).map { i in
                let (gi, yi) = (g.elements[i], y.elements[i])
                switch function.name {
                case "sigmoid": return try gi.multiplying(by: try yi.multiplying(by: try Scalar.one.subtracting(yi)))
                case "tanh": return try gi.multiplying(by: try Scalar.one.subtracting(try yi.multiplying(by: yi)))
                default: return try gi.multiplying(by: yi)
                }
            })
            #expect(Self.identical(gradient, expected), "\(function.name)")
        }
    }
}
