import RNNMath
import Testing
@testable import RNNSolver

/// Scheduled sampling decays (Bengio et al. 2015; docs/conventions.md).
struct QuestionsSamplingScheduleTests {
    func q(_ text: String) throws -> Scalar { .exact(try #require(Rational.parse(text))) }

    // MARK: Linear max(ε, k − c·i), k = 1, c = 1/10, ε = 1/4
    @Test(arguments: [(0, "1"), (3, "7/10"), (7, "3/10"), (8, "1/4"), (100, "1/4")])
    func linear(step: Int, expected: String) throws {
        let schedule = SamplingSchedule.linear(k: Scalar(1), c: try q("1/10"), epsilon: try q("1/4"))
        #expect(try schedule.probability(at: step) == (try q(expected)))
    }

    // MARK: Exponential kⁱ, k = 1/2
    @Test(arguments: [(0, "1"), (1, "1/2"), (3, "1/8")])
    func exponential(step: Int, expected: String) throws {
        #expect(try SamplingSchedule.exponential(k: try q("1/2")).probability(at: step) == (try q(expected)))
    }

    // MARK: Inverse sigmoid k/(k + exp(i/k))
    @Test func inverseSigmoid() throws {
        // k = 1, i = 0: 1/(1 + 1) = 1/2.  k = 10, i = 10: 10/(10 + e) = 0.7862662...
        #expect(abs(try SamplingSchedule.inverseSigmoid(k: Scalar(1)).probability(at: 0).doubleValue - 0.5) < 1e-15)
        let value = try SamplingSchedule.inverseSigmoid(k: Scalar(10)).probability(at: 10).doubleValue
        #expect(abs(value - 10 / (10 + 2.718281828459045)) < 1e-15)
    }

    // MARK: Domains
    @Test func domainsAreChecked() throws {
        let bad: [SamplingSchedule] = [
            .exponential(k: Scalar(1)), .exponential(k: .zero), .inverseSigmoid(k: try q("1/2")),
            .linear(k: Scalar(1), c: Scalar(-1), epsilon: .zero), .linear(k: Scalar(2), c: .zero, epsilon: .zero),
            .linear(k: Scalar(1), c: .zero, epsilon: Scalar(2)),
        ]
        for schedule in bad {
            #expect(throws: MathError.self) { try schedule.probability(at: 1) }
        }
        #expect(throws: MathError.domain(operation: "scheduled sampling", detail: "exponential decay needs 0 < k < 1 (got 1)")) {
            try SamplingSchedule.exponential(k: Scalar(1)).probability(at: 1)
        }
        #expect(throws: MathError.self) { try SamplingSchedule.exponential(k: try q("1/2")).probability(at: -1) }
    }
}
