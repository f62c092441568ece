import Foundation
import Testing

/// Gradients are held to the work budget as forward values are: beyond it the key is computed
/// in floating point when it may be approximate (and its working says so), else `key` stops
/// with a located error; an honest budget keeps the exact key.
@Suite struct GradientBudgetTests {
    /// `h[t] = h[t-1]·h[t-1]` from h[0] = 3 over 5 steps, asking ∂h[5]/∂h[0], within `bits`.
    ///
    /// h[t] = 3^(2^t), so the largest forward value h[5] = 3^32 has 51 bits, while the gradient
    /// ∂h[5]/∂h[0] = 2^5 · 3^31 = 19765548681086304 has 55, and the last step of the backward
    /// pass, ∂h[5]/∂h[1] · h[0] = 2^4 · 3^30 · 3 = 2^4 · 3^31, has 54 (bit lengths by
    /// `(n).bit_length()` in Python).
    static func squaring(bits: Int, tolerance: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <assignment xmlns="urn:rnngrade:rubric:1" id="g" version="1" title="Grad">
          <defaults><tolerance mode="\(tolerance)"/><budget exact-bits="\(bits)"/></defaults>
          <problem id="1" title="Square">
            <model id="m">
              <state name="h" initial="3"/>
              <input name="x" values="0 0 0 0 0"/>
              <equation>h[t] = h[t-1] * h[t-1]</equation>
            </model>
            <part id="a" points="1"><prompt>dh5/dh0</prompt><number ask="grad(h[5], h[0])"/></part>
          </problem>
        </assignment>
        """
    }

    @Test func anExactGradientBeyondTheBudgetStopsTheKeyAtTheAsk() throws {
        let key = try WorkBudgetTests.key(of: Self.squaring(bits: 52, tolerance: "exact"))
        #expect(key.status == 1)
        #expect(key.stdout.contains("r.xml:10:66: in gradient of matmul: exact values of 54 bits would exceed the 52-bit budget "
            + "(raise it with <budget exact-bits=\"…\"/> in the rubric's <defaults>)"))
    }

    @Test func anApproximateGradientBeyondTheBudgetIsComputedInFloatingPoint() throws {
        let key = try WorkBudgetTests.key(of: Self.squaring(bits: 52, tolerance: "relative"))
        #expect(key.status == 0)
        #expect(key.stdout.contains("**Key:** `1.976554868e16` (approximate)"))
        #expect(key.stdout.contains("*computed in floating point: exact values of 54 bits would exceed the 52-bit budget at grad(h[5], h[0])*"))
    }

    @Test func aGradientWithinTheBudgetStaysExact() throws {
        let key = try WorkBudgetTests.key(of: Self.squaring(bits: 55, tolerance: "exact"))
        #expect(key.status == 0)
        #expect(key.stdout.contains("**Key:** `19765548681086304 ≈ 1.976554868e16` (exact)"))
    }

    @Test func theGradientOfAHugePowerFollowsItsForwardIntoFloatingPoint() throws {
        // x = 1.0000001 = 10000001/10000000 (24 bits): x^1000000 would need about 24·10⁶ bits, so
        // the forward power is computed in floating point, and so must its gradient
        // 10⁶ · x^999999 = 10⁶ · e^(999999 · ln 1.0000001) = 1105170.802… (before, the gradient
        // was attempted exactly and refused as too large).
        let key = try WorkBudgetTests.key(of: WorkBudgetTests.asking("grad(x^1000000, x)", params: #"<param name="x" value="1.0000001"/>"#,
                                                                     tolerance: "relative"))
        #expect(key.status == 0)
        #expect(key.stdout.contains("**Key:** `1105170.802` (approximate)"))
    }

    @Test func theGradientOfAHugeMatrixPowerFollowsItsForwardIntoFloatingPoint() throws {
        // W = [1/2 1/2; 1/3 2/3] is row-stochastic (W·1 = 1) with eigenvalues 1 and 1/6, and
        // 1ᵀWᵏ = [0.8, 1.2] + 6⁻ᵏ·[0.2, −0.2]. The gradient of sum(Wⁿ) = 1ᵀWⁿ1 is
        // Σₖ (Wᵀ)ᵏ 1 (Wⁿ⁻¹⁻ᵏ 1)ᵀ = Σₖ (Wᵀ)ᵏ 1 1ᵀ, whose rows are both entries of
        // n·[0.8, 1.2] + [0.24, −0.24]·(1 − 6⁻ⁿ): for n = 2000, 1600.24 and 2399.76. W^2000 is
        // past the exact budget (about 2000·3 bits), so both passes run in floating point; before,
        // the backward pass multiplied 2000 exact matrices and did not end.
        let w = #"<param name="W" value="[1/2 1/2; 1/3 2/3]"/>"#
        let key = try WorkBudgetTests.key(of: WorkBudgetTests.asking("grad(sum(W^2000), W)", params: w, tolerance: "relative", matrix: true))
        #expect(key.status == 0)
        #expect(key.stdout.contains("**Key:** `[[1600.24, 1600.24], [2399.76, 2399.76]]` (approximate)"))
        // A million products are refused by the node budget instead of run.
        let huge = try WorkBudgetTests.key(of: WorkBudgetTests.asking("grad(sum(W^1000000), W)", params: w, tolerance: "relative", matrix: true))
        #expect(huge.status == 1)
        #expect(huge.stdout.contains("in gradient of matrixPower(1000000): the gradient of the matrix power ^1000000 (a sum of 1000000 products) "
            + "would exceed the budget of 250000 graph nodes (raise it with <budget graph-nodes="))
    }
}
