// Times design checking on seed 004's questions 5 and 6 (Rubrics/sharif-dl-a3.xml), and on a
// design that cannot be proved, and prints the median of several runs for each way of checking.
// Built and run by run.sh in release mode.
import Foundation
import RNNExpr
import RNNMath
import RNNRubric
@testable import RNNDesign
@testable import RNNSolver

@main
struct DesignBench {
    /// The ways of checking that are timed, with the number of runs each.
    static let modes: [(name: String, options: DesignChecker.Options, runs: Int)] = [
        ("grading (proof first)", .init(), 7),
        ("bounded, shared prefixes, remembered states", .init(proofBound: 0), 7),
        ("bounded, shared prefixes, nothing remembered", .init(proofBound: 0, rememberedStates: 0), 5),
        ("bounded, no sharing, nothing remembered", .init(proofBound: 0, sharePrefixes: false, rememberedStates: 0), 3),
    ]

    static let seed5 = ["W_h": "1", "W_x": "1", "b_h": "-1.5", "W_y": "1", "b_y": "0", "h0": "1"]
    static let seed6 = ["W": "[[-1, -1], [1, 1]]", "b": "[1, -1]", "v": "[1, 1]", "r": "1", "c": "-1", "c0": "0"]

    static func main() throws {
        let rubric = try RubricLoader.load(path: "Rubrics/sharif-dl-a3.xml").get()
        try measure(rubric, "5.a", seed5)
        try measure(rubric, "6.a", seed6)
        // A design whose reference has unboundedly many states (it counts ones), so the proof gives
        // up at its bound and the grade rests on the bounded check: what an unprovable design costs.
        let counter = try RubricLoader.load(path: "Benchmarks/design/counter.xml").get()
        try measure(counter, "1.a", ["K": "9"])
    }

    private static func measure(_ rubric: Rubric, _ partID: String, _ texts: [String: String]) throws {
        guard let part = rubric.part(partID), case .design(let design) = part.answer,
              let problem = rubric.problem(containing: partID) else { throw DesignError.rubric("no design part \(partID)") }
        let constants = try ModelRun(model: .empty)
        var parameters: [String: Matrix] = [:]
        for (name, text) in texts {
            let expression = try ExpressionParser.parseExpression(text)
            parameters[name] = try constants.constantValue(Located(value: expression, text: text, line: 1, column: 1))
        }
        for mode in modes {
            // Unshared sequences take far more steps than grading allows: the step budget is raised.
            let checker = try DesignChecker(part: design, problem: problem, options: mode.options,
                                            budget: WorkBudget(designSteps: 100_000_000))
            var seconds: [Double] = []
            var summary = ""
            for _ in 0..<mode.runs {
                let start = ContinuousClock.now
                summary = try checker.check(parameters: parameters).summary
                let elapsed = ContinuousClock.now - start
                seconds.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
            }
            let median = seconds.sorted()[seconds.count / 2]
            let name = mode.name.padding(toLength: 46, withPad: " ", startingAt: 0)
            print("\(partID)  \(name) median \(String(format: "%.4f", median)) s of \(mode.runs) runs: \(summary)")
        }
    }
}
