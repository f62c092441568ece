import RNNMath
import RNNSolver
import Testing

/// Seed 002's matrix W = [[0.58, 0.24], [0.24, 0.72]] (eigenvalues 2/5 and 9/10) and rotations,
/// through a rubric model, against sympy's exact values.
struct SolverLinearAlgebraTests {
    static let model = """
        <param name="W" value="[[0.58, 0.24], [0.24, 0.72]]"/>
        <param name="R" value="[[0, -1], [1, 0]]"/>
        <param name="S" value="[[3/5, -4/5], [4/5, 3/5]]"/>
        """

    func fraction(_ text: String) throws -> Scalar { .exact(try #require(Rational.parse(text))) }

    /// W³⁰ exactly. Expected values from sympy 1.14:
    /// ```
    /// python3 -c "from sympy import Matrix, Rational as R; W = Matrix([[R(58,100), R(24,100)], [R(24,100), R(72,100)]]); print((W**30).tolist())"
    /// ```
    @Test func thirtiethPowerIsExact() throws {
        let expected = try Matrix([
            [try fraction("15260816979815703028094378017/1000000000000000000000000000000"),
             try fraction("5086938992887593841162510347/250000000000000000000000000000")],
            [try fraction("5086938992887593841162510347/250000000000000000000000000000"),
             try fraction("339129266206917774885086277/12500000000000000000000000000")],
        ])
        let power = try SolverFixture(model: Self.model).value("W^30")
        #expect(power == expected)
        #expect(power.isExact)
    }

    /// Eigenvalues: the characteristic polynomial λ² − 1.3λ + 0.36 = (λ − 2/5)(λ − 9/10).
    @Test func eigenvaluesAreExactFractions() throws {
        let fixture = try SolverFixture(model: Self.model)
        #expect(try fixture.value("eigvals(W)") == .column([try fraction("2/5"), try fraction("9/10")]))
        #expect(try fixture.value("spectral_radius(W)") == .scalar(try fraction("9/10")))
    }

    /// Rotations have complex-conjugate pairs: ±i for 90°, 3/5 ± 4/5·i for the 3-4-5 rotation;
    /// both have spectral radius 1.
    @Test(arguments: [("R", 0.0, 1.0), ("S", 0.6, 0.8)])
    func rotationHasAComplexPair(name: String, real: Double, imaginary: Double) throws {
        let fixture = try SolverFixture(model: Self.model)
        let solved = try fixture.evaluate("eigvals(\(name))").get()
        guard case .complex(let values) = solved.value else {
            Issue.record("expected complex eigenvalues, got \(solved.value)")
            return
        }
        #expect(values.count == 2)
        #expect(values.allSatisfy { abs($0.real - real) <= 1e-12 && abs(abs($0.imaginary) - imaginary) <= 1e-12 })
        #expect(values.map(\.imaginary).reduce(0, +) == 0, "a conjugate pair")
        let radius = try fixture.value("spectral_radius(\(name))")
        #expect(abs(radius.elements[0].doubleValue - 1) <= 1e-12)
    }

    /// Complex eigenvalues cannot enter a real computation.
    @Test func complexEigenvaluesInsideAComputationAreAnError() throws {
        #expect(try SolverFixture(model: Self.model).failure("2*eigvals(R)")
                == "2×2 matrix has complex eigenvalues; ask for eigvals(…) on its own, not inside a computation")
    }
}
