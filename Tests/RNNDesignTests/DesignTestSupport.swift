import Foundation
import RNNExpr
import RNNMath
import RNNRubric
import RNNSolver
import Testing
@testable import RNNDesign

/// Rubrics, parameter values and checkers for the design-part tests.
enum DesignTestSupport {
    /// The shipped seed-004 rubric, whose problems 5 and 6 are design parts.
    static func sharif() throws -> Rubric {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Rubrics/sharif-dl-a3.xml").path
        return try loaded(RubricLoader.load(path: path))
    }

    /// A rubric made of `problems` (XML `<problem>` elements) inside a minimal assignment.
    static func rubric(_ problems: String) throws -> Rubric {
        let text = """
        <?xml version="1.0" encoding="UTF-8"?>
        <assignment xmlns="urn:rnngrade:rubric:1" id="design-tests" version="1" title="Design tests">
        \(problems)
        </assignment>
        """
        return try loaded(RubricLoader.parse(bytes: Array(text.utf8), file: "design-tests.xml"))
    }

    private static func loaded(_ result: Result<Rubric, RubricLoadFailure>) throws -> Rubric {
        switch result {
        case .success(let rubric): return rubric
        case .failure(let failure):
            Issue.record("rubric did not load:\n\(failure)")
            throw failure
        }
    }

    /// The checker of the design part `partID` (`5.a`), with `options`, its design changed by `adjusting`.
    static func checker(_ rubric: Rubric, _ partID: String, options: DesignChecker.Options = .init(),
                        adjusting: (inout DesignSpec) -> Void = { _ in }) throws -> DesignChecker {
        let part = try #require(rubric.part(partID))
        let problem = try #require(rubric.problem(containing: partID))
        guard case .design(var design) = part.answer else {
            Issue.record("\(partID) is not a design part")
            throw DesignError.rubric("not a design part")
        }
        adjusting(&design)
        return try DesignChecker(part: design, problem: problem, options: options)
    }

    /// Parameter values from text: `["W_h": "1", "b": "[1, -1]", "W": "[[-1, -1], [1, 1]]"]`,
    /// numbers exact as a student types them (`-1.5`, `1/2`).
    static func parameters(_ texts: [String: String]) throws -> [String: Matrix] {
        let run = try ModelRun(model: .empty)
        var values: [String: Matrix] = [:]
        for (name, text) in texts {
            let expression = try ExpressionParser.parseExpression(text)
            values[name] = try run.constantValue(Located(value: expression, text: text, line: 1, column: 1))
        }
        return values
    }
}
