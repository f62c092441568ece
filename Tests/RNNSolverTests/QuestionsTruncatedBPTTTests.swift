import RNNMath
import Testing
@testable import RNNSolver

/// Which (t, k) terms of Σ_t Σ_{k≤t} survive (docs/conventions.md, "Truncated BPTT").
struct QuestionsTruncatedBPTTTests {
    /// Terms written as "t,k" pairs.
    func pairs(_ terms: [BPTTTerm]) -> [String] { terms.map { "\($0.t),\($0.k)" } }

    @Test func fullKeepsEveryTerm() throws {
        let terms = try BPTTScheme.full.survivingTerms(length: 3, counting: .jacobianFactors)
        #expect(pairs(terms) == ["1,1", "2,1", "2,2", "3,1", "3,2", "3,3"])
    }

    @Test func truncatedCountingJacobianFactors() throws {
        // One Jacobian factor at most: t − k ≤ 1.
        let terms = try BPTTScheme.truncated(steps: 1).survivingTerms(length: 3, counting: .jacobianFactors)
        #expect(pairs(terms) == ["1,1", "2,1", "2,2", "3,2", "3,3"])
        #expect(terms.map(\.jacobianFactors).max() == 1)
    }

    @Test func truncatedCountingTimeSteps() throws {
        // Two time steps (t and t − 1) = one factor; one time step = the immediate term only.
        #expect(pairs(try BPTTScheme.truncated(steps: 2).survivingTerms(length: 3, counting: .timeSteps))
                == ["1,1", "2,1", "2,2", "3,2", "3,3"])
        #expect(pairs(try BPTTScheme.truncated(steps: 1).survivingTerms(length: 3, counting: .timeSteps))
                == ["1,1", "2,2", "3,3"])
    }

    @Test func williamsPengEveryTwoStepsBackTwo() throws {
        // BPTT(2; 2), T = 4: updates at 2 and 4; from 4 two time steps reach k ≥ 3.
        let terms = try BPTTScheme.williamsPeng(h: 2, hPrime: 2).survivingTerms(length: 4, counting: .timeSteps)
        #expect(pairs(terms) == ["1,1", "2,1", "2,2", "3,3", "4,3", "4,4"])
    }

    @Test func williamsPengCountingFactorsAndLeftoverLosses() throws {
        // BPTT(2; 2), T = 5, factors: from t_j = 4, two factors reach k ≥ 2; L₅ waits for t = 6.
        let terms = try BPTTScheme.williamsPeng(h: 2, hPrime: 2).survivingTerms(length: 5, counting: .jacobianFactors)
        #expect(pairs(terms) == ["1,1", "2,1", "2,2", "3,2", "3,3", "4,2", "4,3", "4,4"])
    }

    @Test func williamsPengWithOneStepBlocksIsTheHomeworkForm() throws {
        let homework = try BPTTScheme.truncated(steps: 2).survivingTerms(length: 5, counting: .jacobianFactors)
        let williamsPeng = try BPTTScheme.williamsPeng(h: 2, hPrime: 1).survivingTerms(length: 5, counting: .jacobianFactors)
        #expect(homework == williamsPeng)
    }

    @Test func badInputThrows() throws {
        #expect(throws: MathError.self) { try BPTTScheme.williamsPeng(h: 1, hPrime: 2).survivingTerms(length: 4, counting: .timeSteps) }
        #expect(throws: MathError.self) { try BPTTScheme.truncated(steps: 0).survivingTerms(length: 4, counting: .timeSteps) }
        #expect(throws: MathError.self) { try BPTTScheme.full.survivingTerms(length: -1, counting: .timeSteps) }
        #expect(throws: MathError.self) { try BPTTScheme.full.survivingTerms(length: 1_000_000, counting: .timeSteps) }
        #expect(try BPTTScheme.full.survivingTerms(length: 0, counting: .timeSteps).isEmpty)
    }
}
