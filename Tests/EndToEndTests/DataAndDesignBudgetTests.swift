import Foundation
import Testing

/// The budgets of `<data>` blocks, gradients and design checks, run through the built
/// executable: each hostile rubric ends with a message naming the limit and how a rubric raises
/// it (measured times are in docs/limits.md; the guard of ``WorkBudgetTests/run(_:in:)`` only
/// catches a hang), and an honest rubric of the same shape still gets its exact key or verdict.
@Suite struct DataAndDesignBudgetTests {
    /// A one-part rubric whose model's `<data>` block is `data` (one line) and whose part asks `x`.
    static func data(_ data: String, budget: String = "") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <assignment xmlns="urn:rnngrade:rubric:1" id="data" version="1" title="Data">
          <defaults><tolerance mode="exact"/>\(budget)</defaults>
          <problem id="1" title="Data">
            <model id="m">
              <data>
                \(data)
              </data>
            </model>
            <part id="a" points="1"><prompt>x</prompt><matrix ask="x"/></part>
          </problem>
        </assignment>
        """
    }

    @Test func aHugeExactPowerInDataStopsKeyAndValidateAtItsLine() throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.data("x = 2e-3 ** 4265 - 3 - 1"), to: "r.xml")
        // Line 7; the exponent 4265 is at column 21 (the line is indented 8 spaces).
        let message = "r.xml:7:21: in <data>: computing '**': the power ^4265 of exact values of 9 bits (about 38385 bits) "
            + "would exceed the 4096-bit budget (raise it with <budget exact-bits=\"…\"/> in the rubric's <defaults>)"
        let key = try WorkBudgetTests.run(["key", "r.xml"], in: folder)
        #expect(key.status == 1)
        #expect((key.stdout + key.stderr).contains(message))
        let validate = try WorkBudgetTests.run(["validate", "r.xml"], in: folder)
        #expect(validate.status == 1)
        #expect((validate.stdout + validate.stderr).contains(message))
    }

    @Test func theSameDataWithSmallNumbersKeepsItsExactKey() throws {
        // (1/500)^3 − 3 − 1 = 1/125000000 − 4 = −499999999/125000000.
        let key = try WorkBudgetTests.key(of: Self.data("x = 2e-3 ** 3 - 3 - 1"))
        #expect(key.status == 0)
        #expect(key.stdout.contains("-499999999/125000000"))
    }

    @Test func dataBeyondItsWorkBudgetStopsAtTheOperation() throws {
        let key = try WorkBudgetTests.key(of: Self.data("x = np.zeros((1000, 1000)) + 1"))
        #expect(key.status == 1)
        // zeros: 10⁶ element operations (the default budget), + 1: 10⁶ more; the '+' is at column 36.
        #expect((key.stdout + key.stderr).contains("r.xml:7:36: in <data>: computing '+': 2000000 element operations would "
            + "exceed the budget of 1000000 element operations per data block (raise it with <budget data-work=\"…\"/>"))
    }

    @Test func aRubricRaisesItsDataWork() throws {
        let rubric = Self.data("x = (np.zeros((3, 4)) + 1) * 2", budget: #"<budget data-work="40"/>"#)
        // 12 + 12 + 12 = 36 element operations, within 40: every element is 2.
        let key = try WorkBudgetTests.key(of: rubric)
        #expect(key.status == 0)
        #expect(key.stdout.contains("[[2, 2, 2, 2], [2, 2, 2, 2], [2, 2, 2, 2]]"))
        let lowered = try WorkBudgetTests.key(of: rubric.replacingOccurrences(of: #"data-work="40""#, with: #"data-work="30""#))
        #expect(lowered.status == 1)
        #expect((lowered.stdout + lowered.stderr).contains("computing '*': 36 element operations would exceed the budget of 30 element operations per data block"))
    }

    /// A rubric whose design part asks for a counter's weight over `maxLength` steps: the states
    /// (the count so far) are unbounded, so the proof gives up and every sequence up to
    /// max-length is run.
    static func counter(maxLength: Int, budget: String = "") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <assignment xmlns="urn:rnngrade:rubric:1" id="count" version="1" title="Counter">
          <defaults>\(budget)</defaults>
          <problem id="1" title="Count">
            <model id="net">
              <param name="w" free="true"/>
              <input name="x"/>
              <state name="h" initial="0"/>
              <equation>h[t] = h[t-1] + w*x[t]</equation>
              <equation>y[t] = h[t]</equation>
            </model>
            <model id="ref">
              <input name="x"/>
              <state name="s" initial="0"/>
              <equation>s[t] = s[t-1] + x[t]</equation>
              <equation>y[t] = s[t]</equation>
            </model>
            <part id="a" points="1">
              <prompt>Choose w so that y counts the ones.</prompt>
              <design model="net" free="w" output="y" alphabet="0 1" max-length="\(maxLength)"><reference>ref</reference></design>
            </part>
          </problem>
        </assignment>
        """
    }

    @Test(arguments: [22, 40])
    func aDesignSearchBeyondItsStepBudgetIsLeftToATA(maxLength: Int) throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.counter(maxLength: maxLength), to: "count.xml")
        try folder.write("# assignment: count\n# student: s\n1.a = w = 1\n", to: "s.txt")
        let check = try WorkBudgetTests.run(["check", "count.xml", "s.txt"], in: folder)
        // Length 22 has 2²³ − 2 ≈ 8.4 million sequences, within design-sequences (5·10⁷) but
        // not within design-steps (500,000); length 40 is refused by design-sequences at once.
        #expect(check.stdout.contains("1.a  graded by hand later  0/1"))
        #expect(check.stdout.contains(maxLength == 22
            ? "the design check was stopped: more than 500000 steps of one network would exceed the budget of 500000 design steps (raise it with <budget design-steps="
            : "would exceed the budget of 50000000 design sequences"))
    }

    @Test func anHonestCounterPasses() throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.counter(maxLength: 8), to: "count.xml")
        try folder.write("# assignment: count\n# student: s\n1.a = w = 1\n", to: "s.txt")
        let check = try WorkBudgetTests.run(["check", "count.xml", "s.txt"], in: folder)
        // 2 + 4 + … + 2⁸ = 510 sequences, then the 200 random ones of length 40.
        #expect(check.stdout.contains("✓ 1.a  right  1/1"))
    }

    @Test func aRandomLengthBeyondTheStepBudgetIsARubricError() throws {
        let folder = try TemporaryFolder()
        let rubric = Self.counter(maxLength: 4).replacingOccurrences(of: #"max-length="4""#, with: #"max-length="4" random-length="600000""#)
        try folder.write(rubric, to: "count.xml")
        try folder.write("# assignment: count\n# student: s\n1.a = w = 1\n", to: "s.txt")
        let check = try WorkBudgetTests.run(["check", "count.xml", "s.txt"], in: folder)
        #expect(check.stdout.contains("random sequences of length 600000 would exceed the budget of 500000 design steps"))
    }
}
