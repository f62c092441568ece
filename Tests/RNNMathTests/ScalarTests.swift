import Testing
@testable import RNNMath

/// Scalars: exactness is kept, approximation is contagious, failures are reported.
struct ScalarTests {
    let half = Scalar.exact(Rational(numerator: 1, denominator: 2))

    @Test func exactStaysExact() throws {
        #expect(half + half == .one)
        #expect((half * half).description == "1/4")
        #expect((Scalar.zero - half).description == "-1/2")
        #expect(try Scalar(1).dividing(by: Scalar(4)) == .exact(Rational(numerator: 1, denominator: 4)))
    }

    @Test func approximateIsContagious() throws {
        #expect(half + .approx(0.25) == .approx(0.75))
        #expect(!(half * .approx(2)).isExact)
        #expect(Scalar.approx(0.1).description == "0.1")
        #expect(Scalar.approx(2.5e-7).description == "2.5e-07")
    }

    @Test func failuresAreReported() {
        #expect(throws: MathError.divisionByZero) { try Scalar.one.dividing(by: .zero) }
        #expect(throws: MathError.divisionByZero) { try Scalar.one.dividing(by: .approx(0)) }
        #expect(throws: MathError.overflow(operation: "multiplication")) {
            try Scalar.approx(1e300).multiplying(by: .approx(1e300))
        }
        #expect(throws: MathError.overflow(operation: "addition")) {
            try Scalar.approx(.greatestFiniteMagnitude).adding(.exact(Rational(Int.max)).power(40))
        }
    }

    @Test func squareRoot() throws {
        #expect(try Scalar(9).squareRoot() == Scalar(3))
        #expect(try Scalar(2).squareRoot() == .approx(2.0.squareRoot()))
        #expect(throws: MathError.self) { try Scalar(-1).squareRoot() }
    }
}

/// Elementary functions: approximate results, domains and overflow (values by hand / libm).
struct ScalarElementaryTests {
    @Test func valuesAreApproximate() throws {
        #expect(try Scalar.zero.exp() == .approx(1))
        #expect(try Scalar.one.log() == .approx(0))
        #expect(try Scalar.zero.tanh() == .approx(0))
        #expect(try Scalar.zero.sigmoid() == .approx(0.5))
        #expect(abs(try Scalar(2).sigmoid().doubleValue - 1 / (1 + 0.1353352832366127)) < 1e-15)
        #expect(try Scalar(-800).sigmoid().doubleValue == 0)     // no overflow for large negatives
        #expect(try Scalar(800).sigmoid().doubleValue == 1)
    }

    @Test func domainAndOverflowAreReported() {
        #expect(throws: MathError.overflow(operation: "exp")) { try Scalar(1000).exp() }
        #expect(throws: MathError.self) { try Scalar.zero.log() }
        #expect(throws: MathError.self) { try Scalar(-1).log() }
    }
}
