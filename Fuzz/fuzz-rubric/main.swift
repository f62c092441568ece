import FuzzSupport
import RNNExpr
import RNNRubric

// The rubric loader: libxml2 with the safety limits, the XSD, then the rubric's own checks.
// Properties: a rubric that loads loads again from the same bytes to the same rubric (ids,
// parts, points), and each model equation is located inside the file and prints as a text that
// parses to the same equation; a refused rubric has at least one diagnostic, each with a message
// and a line inside the file.
fuzz { bytes in
    let lineCount = sourceLines(bytes).count
    switch RubricLoader.parse(bytes: bytes, file: "fuzz.xml") {
    case .failure(let failure):
        require(!failure.diagnostics.isEmpty, "a refused rubric without a diagnostic")
        for diagnostic in failure.diagnostics {
            require(!diagnostic.message.isEmpty, "an empty message at \(diagnostic.location)")
            require((0...lineCount + 1).contains(diagnostic.line), "\(diagnostic.location) is outside the file's \(lineCount) lines: \(diagnostic.message)")
        }
    case .success(let rubric):
        guard case .success(let again) = RubricLoader.parse(bytes: bytes, file: "fuzz.xml") else {
            return require(false, "the rubric loaded once and not twice")
        }
        require(again.id == rubric.id && again.parts.map(\.id) == rubric.parts.map(\.id) && again.totalPoints == rubric.totalPoints,
                "the same bytes loaded as two different rubrics")
        for problem in rubric.problems {
            for model in problem.models {
                for equation in model.equations {
                    require((1...lineCount).contains(equation.line), "equation \(equation.text.debugDescription) at line \(equation.line) of \(lineCount)")
                    let printed = equation.value.description
                    let reparsed = try? ExpressionParser.parseEquation(printed)
                    require(reparsed.map { $0.name == equation.value.name && $0.right.isSameTree(as: equation.value.right) } == true,
                            "equation \(equation.text.debugDescription) prints as \(printed.debugDescription), which does not parse back to it")
                }
            }
        }
    }
}
