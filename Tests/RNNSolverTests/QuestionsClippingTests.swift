import RNNMath
import Testing
@testable import RNNSolver

/// Clipping by value and by norm (docs/conventions.md, "Clipping").
struct QuestionsClippingTests {
    func q(_ text: String) throws -> Scalar { .exact(try #require(Rational.parse(text))) }
    func column(_ texts: [String]) throws -> Matrix { .column(try texts.map(q)) }

    // MARK: By value
    @Test func clipByValueClampsEachComponent() throws {
        let clipped = try GradientClipping.clipByValue(try column(["2", "-1/2", "-3"]), Scalar(1))
        #expect(clipped == (try column(["1", "-1/2", "-1"])))
    }

    @Test func clipByValueRejectsNegativeThreshold() throws {
        #expect(throws: MathError.self) { try GradientClipping.clipByValue(try column(["1"]), Scalar(-1)) }
    }

    // MARK: By norm, exact (Pascanu Alg. 1)
    @Test func clipByNormIsExactForRationalNorm() throws {
        // ‖(3, 4)‖ = 5 ≥ 1, so g ← 1·g/5.
        let clipped = try GradientClipping.clipByNorm(try column(["3", "4"]), Scalar(1))
        #expect(clipped == (try column(["3/5", "4/5"])))
        #expect(clipped.isExact)
    }

    @Test func clipByNormLeavesSmallGradients() throws {
        #expect(try GradientClipping.clipByNorm(try column(["3", "4"]), Scalar(10)) == (try column(["3", "4"])))
    }

    @Test func clipByNormAtTheThresholdIsUnchanged() throws {
        // ‖g‖ = c: the rule applies and multiplies by c/‖g‖ = 1.
        #expect(try GradientClipping.clipByNorm(try column(["3", "4"]), Scalar(5)) == (try column(["3", "4"])))
    }

    @Test func globalNormCoversAllGradients() throws {
        // ‖((1, 2), (2))‖ = √9 = 3; clipped to 1: each divided by 3.
        let gradients = [try column(["1", "2"]), try column(["2"])]
        #expect(try GradientClipping.globalNorm(gradients) == Scalar(3))
        #expect(try GradientClipping.clipByNorm(gradients, Scalar(1)) == [try column(["1/3", "2/3"]), try column(["2/3"])])
    }

    @Test func irrationalNormIsApproximate() throws {
        // ‖(1, 1)‖ = √2: each component becomes 1/√2.
        let clipped = try GradientClipping.clipByNorm(try column(["1", "1"]), Scalar(1))
        #expect(!clipped.isExact)
        #expect(abs(clipped.elements[0].doubleValue - 0.7071067811865476) < 1e-15)
    }

    @Test func clipByNormRejectsNonPositiveThreshold() throws {
        #expect(throws: MathError.self) { try GradientClipping.clipByNorm(try column(["3", "4"]), .zero) }
    }

    // MARK: By norm, PyTorch clip_grad_norm_
    @Test func torchFormMatchesConventions() throws {
        // coef = 1/(5 + 10⁻⁶) = 1000000/5000001; docs/conventions.md: (0.59999988, 0.79999984).
        let clipped = try GradientClipping.clipByNormTorch(try column(["3", "4"]), Scalar(1))
        #expect(clipped == (try column(["3000000/5000001", "4000000/5000001"])))
        #expect(abs(clipped.elements[0].doubleValue - 0.59999988) < 5e-9)
        #expect(abs(clipped.elements[1].doubleValue - 0.79999984) < 5e-9)
    }

    @Test func torchFormLeavesSmallGradients() throws {
        // coef = 10/(5 + 10⁻⁶) > 1 is clamped to 1.
        #expect(try GradientClipping.clipByNormTorch(try column(["3", "4"]), Scalar(10)) == (try column(["3", "4"])))
    }
}
