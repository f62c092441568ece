import RNNMath
import RNNRubric
import Testing
@testable import RNNDesign

/// Design parts written for these tests: long counterexamples, bounded checks with random
/// sequences, thresholded reading, `<expect>`, case-only parts and authoring errors.
@Suite struct DesignCheckerTests {
    private func check(_ rubric: String, _ parameters: [String: String],
                       options: DesignChecker.Options = .init()) throws -> DesignVerdict {
        let loaded = try DesignTestSupport.rubric(rubric)
        return try DesignTestSupport.checker(loaded, "1.a", options: options)
            .check(parameters: try DesignTestSupport.parameters(parameters))
    }

    // MARK: A counter that saturates

    /// The network counts ones up to K: n_t = relu(n + x) − relu(n + x − K) = min(n + x, K) (n ≥ 0),
    /// and says 1 once it has counted 9. The reference counts without limit.
    static func counter(maxLength: Int = 12, random: Int = 20) -> String {
        """
        <problem id="1">
          <model id="counter">
            <param name="K" free="true"/>
            <activation name="phi" function="step" threshold="0"/>
            <input name="x"/>
            <state name="n" initial="0"/>
            <equation>n[t] = relu(n[t-1] + x[t]) - relu(n[t-1] + x[t] - K)</equation>
            <equation>y[t] = phi(n[t] - 9)</equation>
          </model>
          <model id="count">
            <activation name="phi" function="step" threshold="0"/>
            <input name="x"/>
            <state name="c" initial="0"/>
            <equation>c[t] = c[t-1] + x[t]</equation>
            <equation>y[t] = phi(c[t] - 9)</equation>
          </model>
          <part id="a" points="1">
            <design model="counter" free="K" output="y" alphabet="0 1" max-length="\(maxLength)" random="\(random)" random-length="30" seed="7">
              <reference>count</reference>
            </design>
          </part>
        </problem>
        """
    }

    /// K = 8 never reaches 9: the only input of length ≤ 9 with nine ones is 111111111, where the
    /// reference says 1 at t = 9. Every shorter input agrees (both say 0).
    @Test func counterSaturatingAtEightFailsFirstAtLengthNine() throws {
        let verdict = try check(Self.counter(), ["K": "8"])
        #expect(verdict.summary == "input 111111111: expected 1 at t=9, got 0")
        #expect(verdict.counterexample?.step == 9)
    }

    /// The same failure found by the bounded search alone (no proof attempt), max-length 12.
    @Test func boundedSearchFindsTheSameShortestCounterexample() throws {
        let verdict = try check(Self.counter(), ["K": "8"], options: .init(proofBound: 0))
        #expect(verdict.summary == "input 111111111: expected 1 at t=9, got 0")
        #expect(verdict.basis == .exhaustive(sequences: 8190, maxLength: 12, random: 20, randomLength: 30))
    }

    /// And without sharing prefixes: the same answer.
    @Test func unsharedSearchAgrees() throws {
        let verdict = try check(Self.counter(maxLength: 10), ["K": "8"],
                                options: .init(proofBound: 0, sharePrefixes: false, rememberedStates: 0))
        #expect(verdict.summary == "input 111111111: expected 1 at t=9, got 0")
    }

    /// Beyond max-length 6 only the random sequences can find it: a random binary input of length 30
    /// has nine ones somewhere, and the failure shown is the prefix ending at the ninth one.
    @Test func randomSequencesFindFailuresBeyondMaxLength() throws {
        let verdict = try check(Self.counter(maxLength: 6), ["K": "8"], options: .init(proofBound: 0))
        let counterexample = try #require(verdict.counterexample)
        #expect(!verdict.passed)
        #expect(counterexample.step >= 9 && counterexample.input.count == counterexample.step)
        #expect(counterexample.input.filter { $0 == "1" }.count == 9 && counterexample.input.hasSuffix("1"))
    }

    /// K = 9 is right for every length, but the reference's count is unbounded, so no proof:
    /// the grade rests on all 2¹³ − 2 = 8190 sequences up to length 12 and the random ones.
    @Test func unboundedReferenceFallsBackToTheBoundedCheck() throws {
        let verdict = try check(Self.counter(), ["K": "9"], options: .init(proofBound: 500))
        #expect(verdict.passed)
        #expect(verdict.summary == "correct on all 8190 sequences up to length 12 (+ 20 random of length 30)")
    }

    // MARK: Thresholded reading

    static let soft = """
        <problem id="1">
          <model id="soft">
            <param name="W_h" free="true"/>
            <param name="W_x" free="true"/>
            <param name="b" free="true"/>
            <input name="x"/>
            <state name="h" initial="1"/>
            <equation>h[t] = sigmoid(W_h*h[t-1] + W_x*x[t] + b)</equation>
          </model>
          <model id="and">
            <input name="x"/>
            <state name="h" initial="1"/>
            <equation>h[t] = h[t-1]*x[t]</equation>
          </model>
          <part id="a" points="1">
            <design model="soft" free="W_h W_x b" output="h" alphabet="0 1" max-length="10" random="10" random-length="50"
                    read="threshold" threshold="0.5" margin="0.1">
              <reference>and</reference>
            </design>
          </part>
        </problem>
        """

    /// By hand: h ≥ 0.99 stays ≥ 0.99 on x = 1 (σ(10h − 5) ≥ σ(4.9)) and drops to ≤ σ(−5) ≈ 0.0067 on
    /// x = 0; h ≤ 0.01 stays ≤ σ(−4.9) ≈ 0.0074. Read against 0.5 ± 0.1 that is the AND of the inputs.
    /// The values are approximate, so nothing is proved: 2¹¹ − 2 = 2046 sequences and 10 random ones.
    @Test func sigmoidNetworkReadAsBitsPasses() throws {
        let verdict = try check(Self.soft, ["W_h": "10", "W_x": "10", "b": "-15"])
        #expect(verdict.passed)
        #expect(verdict.summary == "correct on all 2046 sequences up to length 10 (+ 10 random of length 50)")
    }

    /// b = −10: from h₀ = 1, input 0 gives σ(0) = 0.5, inside the margin: undecided, counted wrong.
    @Test func outputInsideTheMarginIsUndecided() throws {
        let verdict = try check(Self.soft, ["W_h": "10", "W_x": "10", "b": "-10"])
        #expect(verdict.summary == "input 0: expected 0 at t=1, got undecided (output 0.5, between 0.4 and 0.6)")
    }

    // MARK: Expectation and cases

    static func echo(_ specification: String) -> String {
        """
        <problem id="1">
          <model id="echo">
            <param name="w" free="true"/>
            <param name="b" free="true"/>
            <activation name="phi" function="step" threshold="0" strict="true"/>
            <input name="x"/>
            <equation>y[t] = phi(w*x[t] + b)</equation>
          </model>
          <part id="a" points="1">
            <design model="echo" free="w b" output="y" alphabet="0 1">\(specification)</design>
          </part>
        </problem>
        """
    }

    /// y = [x − ½ > 0] = x, the expectation `x[t]`; neither side carries anything: one state.
    @Test func expectationIsProvedForStatelessDesign() throws {
        let verdict = try check(Self.echo("<expect>x[t]</expect>"), ["w": "1", "b": "-1/2"])
        #expect(verdict.summary == "equivalent to the intended behaviour for every input length (1 state explored)")
    }

    /// y = [½ − x > 0] = 1 − x: wrong on the first input.
    @Test func expectationCounterexample() throws {
        let verdict = try check(Self.echo("<expect>x[t]</expect>"), ["w": "-1", "b": "1/2"])
        #expect(verdict.summary == "input 0: expected 0 at t=1, got 1")
    }

    static let echoCases = """
        <case input="0 1 1" output="0 1 1"/>
        <case input="1 0" output="1 0"/>
        """

    @Test func casesAlonePass() throws {
        let verdict = try check(Self.echo(Self.echoCases), ["w": "1", "b": "-1/2"])
        #expect(verdict.passed)
        #expect(verdict.basis == .cases(count: 2))
        #expect(verdict.summary == "correct on all 2 cases of the question")
    }

    /// b = ½: y = [x + ½ > 0] = 1 always, wrong at the first step of the first case.
    @Test func failingCaseIsShown() throws {
        let verdict = try check(Self.echo(Self.echoCases), ["w": "1", "b": "1/2"])
        #expect(verdict.summary == "input 011: expected 0 at t=1, got 1")
        #expect(verdict.credit == 0)
    }

    // MARK: Errors

    @Test func tooLongMaxLengthIsARubricError() throws {
        #expect(throws: DesignError.rubric("max-length 40 over 2 symbols would exceed the budget of 50000000 design sequences (raise it with <budget design-sequences=\"…\"/> in the rubric's <defaults>); lower max-length")) {
            try check(Self.counter(maxLength: 40), ["K": "9"])
        }
    }

    /// Reading further back than the state may carry is refused with the place named.
    @Test func farLookbackIsARubricError() throws {
        let rubric = Self.echo("<expect>x[t-2000]</expect>")
        #expect(throws: DesignError.rubric(
            "line 12: <expect>x[t-2000]</expect> cannot be run: x[t - 2000] reads 2000 steps back; design checking reads at most 1000")) {
            try check(rubric, ["w": "1", "b": "0"])
        }
    }

    /// A network that divides by the student's zero cannot be run: the student's error, not the rubric's.
    @Test func networkThatCannotRunIsTheSubmissionsError() throws {
        let rubric = Self.echo("<expect>x[t]</expect>").replacingOccurrences(of: "phi(w*x[t] + b)", with: "x[t]/w + b")
        #expect(throws: DesignError.submission("input 0: the network cannot be run: division by zero")) {
            try check(rubric, ["w": "0", "b": "0"])
        }
    }
}

/// The three searches agree: on random designs for the seed's question 5 network (max-length 8,
/// no random sequences), the proof's counterexample, the depth-first walk's and the unshared
/// runs' are the same shortest one.
@Suite struct DesignSearchAgreementTests {
    @Test func proofWalkAndUnsharedRunsFindTheSameCounterexample() throws {
        let rubric = try DesignTestSupport.sharif()
        let shorter = { (design: inout DesignSpec) in
            design.maxLength = 8
            design.randomCount = 0
        }
        let proving = try DesignTestSupport.checker(rubric, "5.a", adjusting: shorter)
        let walking = try DesignTestSupport.checker(rubric, "5.a", options: .init(proofBound: 0), adjusting: shorter)
        let unshared = try DesignTestSupport.checker(rubric, "5.a", options: .init(proofBound: 0, sharePrefixes: false, rememberedStates: 0),
                                                     adjusting: shorter)
        var generator = SplitMix64(seed: 5)
        let values = ["-2", "-1", "-1/2", "0", "1/2", "1", "3/2", "2"]
        var failures = 0
        for _ in 0..<40 {
            var texts: [String: String] = [:]
            for name in ["W_h", "W_x", "b_h", "h0"] { texts[name] = values[Int(generator.next() % 8)] }
            texts["W_y"] = "1"
            texts["b_y"] = "0"
            let parameters = try DesignTestSupport.parameters(texts)
            let proved = try proving.check(parameters: parameters)
            let walked = try walking.check(parameters: parameters)
            #expect(walked.counterexample == (try unshared.check(parameters: parameters)).counterexample, "\(texts)")
            if let counterexample = proved.counterexample, counterexample.step <= 8 {
                failures += 1
                #expect(walked.counterexample == counterexample, "\(texts)")
            } else {
                #expect(walked.passed, "\(texts)")
            }
        }
        #expect(failures > 20)
    }
}
