import RNNMath
import Testing
@testable import RNNSolver

/// Pascanu bounds and the vanishing/exploding classification (docs/conventions.md).
struct QuestionsGradientBoundsTests {
    func q(_ text: String) throws -> Scalar { .exact(try #require(Rational.parse(text))) }
    func matrix(_ rows: [[String]]) throws -> Matrix {
        try Matrix(exact: rows.map { try $0.map { try #require(Rational.parse($0)) } })
    }

    // MARK: Bound (γ·σ_max)^(t−k)
    @Test func boundIsExactForRationalSingularValue() throws {
        // W = diag(2, 1): σ_max = 2; sigmoid γ = 1/4: (1/2)³ = 1/8.
        let W = try matrix([["2", "0"], ["0", "1"]])
        #expect(try GradientBounds.pascanuBound(W, gamma: try q("1/4"), steps: 3) == (try q("1/8")))
        #expect(try GradientBounds.pascanuBound(W, gamma: try q("1/4"), steps: 0) == Scalar(1))
    }

    @Test func boundIsApproximateForIrrationalSingularValue() throws {
        // W = [1 1; 0 1]: σ_max = (1 + √5)/2; γ = 1/4.
        let bound = try GradientBounds.pascanuBound(try matrix([["1", "1"], ["0", "1"]]), gamma: try q("1/4"), steps: 1)
        #expect(!bound.isExact)
        #expect(abs(bound.doubleValue - 1.618033988749895 / 4) < 1e-14)
    }

    // MARK: Classification by γ·σ_max
    @Test(arguments: [("1/4", GradientRegime.vanishing, "1/2"), ("1", .mayExplode, "2"), ("1/2", .boundary, "1")])
    func classifyBySingularValue(gamma: String, regime: GradientRegime, quantity: String) throws {
        let result = try GradientBounds.classifyGradients(try matrix([["2", "0"], ["0", "1"]]), gamma: try q(gamma))
        #expect(result.regime == regime)
        #expect(result.quantity == (try q(quantity)))
    }

    @Test func explanationsSayWhichConditionIsWhich() throws {
        let W = try matrix([["2", "0"], ["0", "1"]])
        #expect(try GradientBounds.classifyGradients(W, gamma: try q("1/4")).explanation.contains("sufficient"))
        #expect(try GradientBounds.classifyGradients(W, gamma: Scalar(1)).explanation.contains("necessary for exploding gradients but not sufficient"))
    }

    // MARK: Decided by σ_max, not by the eigenvalues
    @Test func nonNormalMatrixMayExplode() throws {
        // Upper triangular: eigenvalues 1/2 and 1/3, but its second column has norm √(1 + 1/9) > 1,
        // so σ_max > 1 and, with γ = 1, the necessary condition for exploding holds.
        let W = try matrix([["1/2", "1"], ["0", "1/3"]])
        #expect(try GradientBounds.classifyGradients(W, gamma: Scalar(1)).regime == .mayExplode)
    }

    // MARK: Bad input
    @Test func badInputThrows() throws {
        let W = try matrix([["2", "0"], ["0", "1"]])
        #expect(throws: MathError.notSquare(operation: "gradient bound", shape: "1×2")) {
            try GradientBounds.pascanuBound(try matrix([["1", "2"]]), gamma: Scalar(1), steps: 1)
        }
        #expect(throws: MathError.self) { try GradientBounds.pascanuBound(W, gamma: .zero, steps: 1) }
        #expect(throws: MathError.self) { try GradientBounds.pascanuBound(W, gamma: Scalar(1), steps: -1) }
        #expect(throws: MathError.self) { try GradientBounds.classifyGradients(try matrix([["1", "2"]]), gamma: Scalar(1)) }
    }
}
