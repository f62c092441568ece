import RNNMath
import Testing
@testable import RNNDesign

/// Seed 004, questions 5 and 6, graded from the shipped rubric: the seed's own weights, other
/// correct designs, and broken designs with their exact shortest counterexamples.
@Suite struct DesignSeedTests {
    let rubric = try! DesignTestSupport.sharif()

    private func check(_ part: String, _ parameters: [String: String]) throws -> DesignVerdict {
        try DesignTestSupport.checker(rubric, part).check(parameters: try DesignTestSupport.parameters(parameters))
    }

    /// Expects full credit on a proof that explored `states` pairs of states.
    private func expectProved(_ part: String, _ parameters: [String: String], states: Int) throws {
        let verdict = try check(part, parameters)
        #expect(verdict.passed && verdict.credit == 1)
        #expect(verdict.basis == .proof(states: states))
        #expect(verdict.summary == "equivalent to the intended behaviour for every input length (\(states) states explored)")
    }

    // MARK: Question 5: y_t = 1 while every input so far is 1

    static let seed5 = ["W_h": "1", "W_x": "1", "b_h": "-1.5", "W_y": "1", "b_y": "0", "h0": "1"]

    /// The seed's weights, by hand: φ(z) = [z ≥ 0], h_t = φ(h_{t−1} + x_t − 3/2), y_t = h_t, h_0 = 1.
    /// (h, x) = (1, 1) → φ(1/2) = 1; (1, 0) → φ(−1/2) = 0; (0, 1) → φ(−1/2) = 0; (0, 0) → 0.
    /// So h_t = h_{t−1}·x_t = the reference s_t. Reachable pairs (h | s): (1 | 1) and (0 | 0):
    /// two states, and the equivalence holds for every length.
    @Test func seedWeightsForQuestion5AreProvedCorrect() throws {
        try expectProved("5.a", Self.seed5, states: 2)
    }

    /// Another correct design: halved weights and a start state of 2.
    /// Step 1: φ(2·½ + x − 3/2) = φ(x − ½) = x. Later h ∈ {0, 1}: φ(h/2 + x − 3/2) is 1 only for h = x = 1.
    /// Reachable pairs: (2 | 1) at the start, then (1 | 1) and (0 | 0): three states.
    @Test func anotherCorrectDesignForQuestion5() throws {
        try expectProved("5.a", ["W_h": "1/2", "W_x": "1", "b_h": "-3/2", "W_y": "1", "b_y": "0", "h0": "2"], states: 3)
    }

    /// h_t = φ(2h_{t−1} + 2x_t − 3) is the right hidden unit, but W_y = 3 scales the output:
    /// input 1 gives h_1 = 1 and y_1 = 3, not 1.
    @Test func scaledOutputIsWrongAtTheFirstStep() throws {
        let verdict = try check("5.a", ["W_h": "2", "W_x": "2", "b_h": "-3", "W_y": "3", "b_y": "0", "h0": "1"])
        #expect(!verdict.passed)
        #expect(verdict.summary == "input 1: expected 1 at t=1, got 3")
    }

    /// b_h = −½ makes an OR: from h_0 = 1, input 0 gives φ(1 + 0 − ½) = 1, where 0 is intended.
    @Test func orInsteadOfAndFailsOnASingleZero() throws {
        var parameters = Self.seed5
        parameters["b_h"] = "-0.5"
        let verdict = try check("5.a", parameters)
        #expect(!verdict.passed)
        #expect(verdict.summary == "input 0: expected 0 at t=1, got 1")
        #expect(verdict.counterexample == Counterexample(input: "0", step: 1, expected: "0", received: "1"))
    }

    /// W_h = 0 and b_h = −½ copy the input, h_t = φ(x_t − ½) = x_t: both length-1 inputs are right,
    /// and 00 is right, but 01 gives 1 where 0 is intended (the first length-2 failure in alphabet order).
    @Test func forgettingTheStateFailsAtLengthTwo() throws {
        let verdict = try check("5.a", ["W_h": "0", "W_x": "1", "b_h": "-1/2", "W_y": "1", "b_y": "0", "h0": "1"])
        #expect(verdict.summary == "input 01: expected 0 at t=2, got 1")
    }

    /// h_0 = 0 instead of 1: h stays 0, so input 1 gives 0.
    @Test func wrongStartStateFailsAtOnce() throws {
        var parameters = Self.seed5
        parameters["h0"] = "0"
        #expect(try check("5.a", parameters).summary == "input 1: expected 1 at t=1, got 0")
    }

    // MARK: Question 6: y_t = 1 while the two sequences have been equal

    static let seed6 = ["W": "[[-1, -1], [1, 1]]", "b": "[1, -1]", "v": "[1, 1]", "r": "1", "c": "-1", "c0": "0"]

    /// The seed's weights, by hand: φ(z) = [z > 0]. hid = (φ(1 − x₁ − x₂), φ(x₁ + x₂ − 1)) is
    /// (both 0, both 1), so e = v'·hid = [x₁ = x₂]. y₁ = φ(e + 0) = e; y_t = φ(e + y_{t−1} − 1) = e ∧ y_{t−1}.
    /// The reference e_t = e_{t−1}(1 − (x₁ − x₂)²) is the same. Reachable pairs (phase, y | e):
    /// (1, 0 | 1) at the start, (2, 1 | 1) and (2, 0 | 0): three states.
    @Test func seedWeightsForQuestion6AreProvedCorrect() throws {
        try expectProved("6.a", Self.seed6, states: 3)
    }

    /// Another correct design: hid = (both 1, both 0) with thresholds at ±½, y₁ = φ(e − ½),
    /// y_t = φ(e + y_{t−1} − 3/2): 1 only when e = y_{t−1} = 1.
    @Test func anotherCorrectDesignForQuestion6() throws {
        try expectProved("6.a", ["W": "[[1, 1], [-1, -1]]", "b": "[-3/2, 1/2]", "v": "[1, 1]",
                                 "r": "1", "c": "-3/2", "c0": "-1/2"], states: 3)
    }

    /// c = 0 turns the AND with the past into an OR: every length-1 input is right (y₁ uses c0), but
    /// [0, 0] then [0, 1] keeps y = φ(0 + 1 + 0) = 1 where the sequences have become different.
    @Test func forgettingTheBiasFailsAtLengthTwo() throws {
        var parameters = Self.seed6
        parameters["c"] = "0"
        let verdict = try check("6.a", parameters)
        #expect(verdict.summary == "input [0, 0] [0, 1]: expected 0 at t=2, got 1")
        #expect(verdict.counterexample?.step == 2)
    }

    /// One checker serves many students at once: each check keeps its own memory of states.
    @Test func oneCheckerChecksConcurrently() async throws {
        let checker = try DesignTestSupport.checker(rubric, "5.a")
        let designs = [Self.seed5, Self.seed5.merging(["b_h": "-0.5"]) { $1 }, Self.seed5.merging(["h0": "0"]) { $1 }]
        let parameters = try designs.map { try DesignTestSupport.parameters($0) }
        let summaries = try await withThrowingTaskGroup(of: (Int, String).self) { group in
            for round in 0..<12 {
                group.addTask { (round, try checker.check(parameters: parameters[round % 3]).summary) }
            }
            return try await group.reduce(into: [Int: String]()) { $0[$1.0] = $1.1 }
        }
        for round in 0..<12 {
            #expect(summaries[round] == ["equivalent to the intended behaviour for every input length (2 states explored)",
                                         "input 0: expected 0 at t=1, got 1", "input 1: expected 1 at t=1, got 0"][round % 3])
        }
    }

    // MARK: Parameters

    @Test func misshapenParameterIsNamed() throws {
        var parameters = Self.seed6
        parameters["W"] = "[1, 1]"
        #expect(throws: DesignError.submission("W must be a 2×2 matrix, not a 2×1 matrix")) {
            try check("6.a", parameters)
        }
    }

    @Test func missingAndExtraParametersAreNamed() throws {
        var parameters = Self.seed6
        parameters["c0"] = nil
        parameters["d"] = "1"
        #expect(throws: DesignError.submission(
            "give a value for 'c0'; 'd' is not a parameter you choose here (you choose 'W', 'b', 'v', 'r', 'c', 'c0')")) {
            try check("6.a", parameters)
        }
    }

    @Test func scalarGivenForAVectorIsNamed() throws {
        var parameters = Self.seed6
        parameters["v"] = "1"
        #expect(throws: DesignError.submission("v must be a 2×1 matrix, not a number")) {
            try check("6.a", parameters)
        }
    }
}
