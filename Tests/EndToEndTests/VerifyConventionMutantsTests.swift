import Foundation
import Testing

/// Issue 15, "mutation testing": the other convention's value and a neighbouring variant's key
/// are mutants too; a part that accepts them, or whose data cannot tell them from the key, fails.
struct VerifyConventionMutantsTests {
    /// A one-unit PyTorch GRU (r, z, n stacked in that order), asked for h₁ with x₁ = 1.
    static func gru(weights: String, tolerance: String = #"<tolerance mode="relative" rel="1e-6" abs="1e-9"/>"#) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <assignment xmlns="urn:rnngrade:rubric:1" id="gru-order" version="1" title="GRU gate order">
          <defaults>\(tolerance)</defaults>
          <problem id="1" title="One GRU step">
            <model id="m" cell="gru" convention="pytorch" input-size="1" hidden-size="1">
              <param name="weight_ih" value="\(weights)"/>
              <param name="weight_hh" value="[1/2, 1/2, 1/2]"/>
              <param name="bias_ih" value="[0, 0, 0]"/>
              <param name="bias_hh" value="[0, 0, 0]"/>
              <input name="x" values="1"/>
            </model>
            <part id="a" points="1" model="m">
              <prompt>Compute h₁.</prompt>
              <number ask="h[1]"/>
            </part>
          </problem>
        </assignment>

        """
    }

    /// With h₀ = 0 and every gate's weights equal, r₁ = z₁ = σ(1), so reading PyTorch's stacked
    /// rows in Keras's order z, r, n gives the same h₁: the data cannot tell the two gate orders
    /// apart, which `verify --mutants` must report. With weight_ih = [2, −1, 1/2] instead,
    /// r₁ = σ(2) and z₁ = σ(−1): h₁ = (1 − σ(−1))·tanh(1/2) ≈ 0.3377 against the swapped
    /// (1 − σ(2))·tanh(1/2) ≈ 0.0552, so the mutant is rejected.
    @Test func otherConventionValueThatTheDataCannotTellApartIsAFinding() throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.gru(weights: "[1, 1, 1]"), to: "equal.xml")
        let equal = try Executable.run(["verify", "--mutants", "equal.xml"], in: folder.url)
        #expect(equal.status != 0)
        #expect(equal.stdout.contains("FAIL mutants of 1.a"), "\(equal.stdout)")
        #expect(equal.stdout.contains("part 1.a cannot tell the rubric's convention from another: gate order z, r, n (Keras's) in weight_ih, weight_hh, bias_ih, bias_hh gives the key"))
        try folder.write(Self.gru(weights: "[2, -1, 1/2]"), to: "distinct.xml")
        let distinct = try Executable.run(["verify", "--mutants", "distinct.xml"], in: folder.url)
        #expect(distinct.status == 0, "\(distinct.stdout)")
        #expect(distinct.stdout.contains("gate order z, r, n (Keras's) in weight_ih, weight_hh, bias_ih, bias_hh"))
        #expect(distinct.stdout.contains("all rejected"))
    }

    /// A PyTorch LSTM with I = 10, H = 20 has 4·20·(10 + 20) + 2·4·20 = 2560 parameters; Keras
    /// (one bias) and the textbook (one b per gate) count 4·20·30 + 4·20 = 2480, 3.1 % less:
    /// inside a planted relative tolerance of 0.05, outside exact.
    @Test func otherConventionValueAcceptedAsRightIsAFinding() throws {
        func rubric(_ tolerance: String) -> String {
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <assignment xmlns="urn:rnngrade:rubric:1" id="lstm-count" version="1" title="LSTM parameters">
              <defaults>\(tolerance)</defaults>
              <problem id="1" title="Counting">
                <part id="a" points="1">
                  <prompt>How many parameters has torch.nn.LSTM(10, 20)?</prompt>
                  <number ask="params(lstm, input=10, hidden=20)" key="2560"/>
                </part>
              </problem>
            </assignment>

            """
        }
        let folder = try TemporaryFolder()
        try folder.write(rubric(#"<tolerance mode="relative" rel="0.05" abs="0"/>"#), to: "loose.xml")
        let loose = try Executable.run(["verify", "--mutants", "loose.xml"], in: folder.url)
        #expect(loose.status != 0)
        // (2560 to 2 significant figures, 2600, gets through as well.)
        #expect(loose.stdout.contains("convention=keras (2480), convention=textbook (2480)"), "\(loose.stdout)")
        try folder.write(rubric(#"<tolerance mode="exact"/>"#), to: "exact.xml")
        let exact = try Executable.run(["verify", "--mutants", "exact.xml"], in: folder.url)
        #expect(exact.status == 0, "\(exact.stdout)")
        #expect(exact.stdout.contains("convention=keras, convention=textbook"))
    }

    /// in5400-w10-family draws W_h, W_x, W_y, x and y per student; with a relative tolerance of
    /// 0.9 a neighbour's ŷ₂ (any value within a factor 10 of the key) is accepted as right.
    @Test func neighbouringVariantsKeyAcceptedAsRightIsAFinding() throws {
        let shipped = try String(contentsOf: Executable.repositoryRoot.appendingPathComponent("Rubrics/in5400-w10-family.xml"), encoding: .utf8)
        let loose = shipped.replacingOccurrences(of: #"<tolerance mode="relative" rel="1e-3" abs="1e-9"/>"#,
                                                 with: #"<tolerance mode="relative" rel="0.9" abs="1e-9"/>"#)
        try #require(loose != shipped)
        let folder = try TemporaryFolder()
        try folder.write(loose, to: "family.xml")
        let run = try Executable.run(["verify", "--mutants", "family.xml"], in: folder.url)
        #expect(run.status != 0)
        #expect(run.stdout.contains("FAIL mutants of 1.a"), "\(run.stdout)")
        let finding = run.stdout.split(separator: "\n").first { $0.contains("part 1.a accepts wrong answers as right:") }
        #expect(finding?.contains("key of variant ") == true, "\(run.stdout)")
        let strict = try Executable.run(["verify", "--mutants", "Rubrics/in5400-w10-family.xml"])
        #expect(strict.status == 0, "\(strict.stdout)")
        #expect(strict.stdout.contains("key of variant "))
    }
}
