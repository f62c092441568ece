import Foundation
import Testing

/// `jacobian(y, x)` runs one backward pass per element of y; the passes times the nodes each
/// walks, and the entries of the result, are held to the `graph-nodes` budget. Run through the
/// built executable: a jacobian too big ends `key` and `check` with the message (measured times
/// are in docs/limits.md; the guard of ``WorkBudgetTests/run(_:in:)`` only catches a hang), and
/// an honest small jacobian keeps its exact key.
@Suite struct JacobianBudgetTests {
    /// A model whose state h starts at `initial` (after the `<data>` lines `data`), stepped
    /// `steps` times by `equation`, with one matrix part asking `ask`.
    static func rubric(data: String, initial: String, equation: String, steps: Int, ask: String, budget: String = "") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <assignment xmlns="urn:rnngrade:rubric:1" id="jac" version="1" title="Jacobian">
          <defaults><tolerance mode="exact"/>\(budget)</defaults>
          <problem id="1" title="Jacobian">
            <model id="m">
              <data>
                \(data)
              </data>
              <state name="h" initial="\(initial)"/>
              <input name="x" values="\(Array(repeating: "0", count: steps).joined(separator: " "))"/>
              <equation>\(equation)</equation>
            </model>
            <part id="a" points="1"><prompt>J</prompt><matrix ask="\(ask)"/></part>
          </problem>
        </assignment>
        """
    }

    /// h ∈ Rⁿ (all ones) multiplied by s for `steps` steps, asking ∂h[steps]/∂s: n backward
    /// passes, each over the nodes on a path from s to h[steps] (s's leaf at every step and the
    /// product of every step: 2·steps nodes).
    static func scaling(size: Int, steps: Int, by s: Int, budget: String = "") -> String {
        rubric(data: "s = \(s)\n        h0 = np.ones(\(size))", initial: "h0", equation: "h[t] = s * h[t-1]",
               steps: steps, ask: "jacobian(h[\(steps)], s)", budget: budget)
    }

    /// 1000 passes over 300 nodes: 300,000 node visits (s = 1 keeps the forward values small).
    static let hostile = scaling(size: 1000, steps: 150, by: 1)

    /// h ∈ R² stepped by W = [1 2; 3 4] from h[0] = [1, 1].
    static func honest(steps: Int, ask: String, budget: String = "") -> String {
        rubric(data: "W = np.array([[1, 2], [3, 4]])", initial: "[1, 1]", equation: "h[t] = W @ h[t-1]",
               steps: steps, ask: ask, budget: budget)
    }

    static let passesMessage = "in jacobian: a jacobian of 1000 backward passes (one per output element) "

    @Test func aJacobianOfTooManyPassesStopsKeyAndCheckAtTheAsk() throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.hostile, to: "r.xml")
        try folder.write("# assignment: jac\n# student: ola\n1.a = [[0]]\n", to: "ola.txt")
        let key = try WorkBudgetTests.run(["key", "r.xml"], in: folder)
        #expect(key.status == 1)
        // Located at the ask (line 14, column 60: the `jacobian(` call inside ask="…").
        #expect(key.stdout.contains("r.xml:14:60: " + Self.passesMessage
            + "over 300 graph nodes each would exceed the budget of 250000 graph nodes (raise it with <budget graph-nodes=\"…\"/> in the rubric's <defaults>)"))
        let check = try WorkBudgetTests.run(["check", "r.xml", "ola.txt"], in: folder)
        #expect(check.stdout.contains("graded by hand later"))
        #expect(check.stdout.contains(Self.passesMessage))
    }

    @Test func aJacobianOfTooManyEntriesIsRefusedBeforeAnyPass() throws {
        // ∂h[1]/∂W for h ∈ R⁶⁰⁰ and W 600×600: a 600×360000 result, 216,000,000 entries.
        let rubric = Self.rubric(data: "W = np.zeros((600, 600))\n        h0 = np.ones(600)", initial: "h0",
                                 equation: "h[t] = h[t-1] @ W", steps: 1, ask: "jacobian(h[1], W)")
        let key = try WorkBudgetTests.key(of: rubric)
        #expect(key.status == 1)
        #expect(key.stdout.contains("in jacobian: a 600×360000 jacobian (600 rows of 360000 entries) would exceed the budget of 250000 graph nodes"))
    }

    @Test func anHonestJacobianKeepsItsExactKey() throws {
        // ∂h[3]/∂h[0] = W³: W² = [1 2; 3 4]·[1 2; 3 4] = [1+6 2+8; 3+12 6+16] = [7 10; 15 22],
        // W³ = W²·W = [7+30 14+40; 15+66 30+88] = [37 54; 81 118].
        let key = try WorkBudgetTests.key(of: Self.honest(steps: 3, ask: "jacobian(h[3], h[0])"))
        #expect(key.status == 0)
        #expect(key.stdout.contains("**Key:** `[[37, 54], [81, 118]]` (exact)"))
    }

    @Test func aJacobianWithRespectToAParameterAddsItsUseAtEveryStep() throws {
        // h[1] = W·h[0] = [3, 7], h[2] = W·h[1] = [17, 37]. W is used at both steps, so
        // ∂h₂ᵢ/∂Wⱼₖ = δᵢⱼ·h₁ₖ + Wᵢⱼ·h₀ₖ (h₀ = [1, 1]); columns in row-major order of W
        // (W₀₀, W₀₁, W₁₀, W₁₁):
        //   row 0: [3 + 1, 7 + 1, 0 + 2, 0 + 2] = [4, 8, 2, 2]
        //   row 1: [0 + 3, 0 + 3, 3 + 4, 7 + 4] = [3, 3, 7, 11]
        let key = try WorkBudgetTests.key(of: Self.honest(steps: 2, ask: "jacobian(h[2], W)"))
        #expect(key.status == 0)
        #expect(key.stdout.contains("**Key:** `[[4, 8, 2, 2], [3, 3, 7, 11]]` (exact)"))
    }

    @Test func theGraphNodesAttributeSetsTheLimit() throws {
        // h[10] = s¹⁰·h0, so every element of ∂h[10]/∂s is 10·s⁹ = 10·512 = 5120 (s is used at
        // every step; the uses add up to the total derivative). 50 passes over the 20 nodes of
        // 10 steps, 1000 node visits, fit the default budget but not one of 500 graph nodes,
        // which the graph itself (a few dozen nodes) fits.
        let key = try WorkBudgetTests.key(of: Self.scaling(size: 50, steps: 10, by: 2))
        #expect(key.status == 0)
        #expect(key.stdout.contains("**Key:** `[" + Array(repeating: "5120", count: 50).joined(separator: ", ") + "]` (exact)"))
        let refused = try WorkBudgetTests.key(of: Self.scaling(size: 50, steps: 10, by: 2, budget: #"<budget graph-nodes="500"/>"#))
        #expect(refused.status == 1)
        #expect(refused.stdout.contains("in jacobian: a jacobian of 50 backward passes (one per output element) over 20 graph nodes each "
            + "would exceed the budget of 500 graph nodes"))
    }
}
