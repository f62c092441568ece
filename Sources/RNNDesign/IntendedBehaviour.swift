import RNNExpr
import RNNRubric

/// The program whose outputs a design part intends: its reference model, or its `<expect>`
/// expression as the one equation `expect[t] = …` over the design model's input.
enum IntendedBehaviour {
    /// The compiled intended program, or nil when the part gives only cases.
    static func program(for design: DesignSpec, model: ModelSpec, in problem: Problem) throws(DesignError) -> StepProgram? {
        if let referenceID = design.referenceModelID {
            guard let reference = problem.model(referenceID) else {
                throw .rubric("the design part names reference model '\(referenceID)', which problem '\(problem.id)' does not define")
            }
            do { return try StepProgram(model: reference, parameters: [:], output: design.output) } catch {
                throw .rubric("reference model '\(referenceID)' cannot be run: \(error.message)")
            }
        }
        guard let expectation = design.expectation else { return nil }
        var spec = ModelSpec.empty
        spec.id = "expect"
        spec.inputs = model.inputs
        let equation = Equation(name: "expect", nameRange: expectation.value.range,
                                index: Expr(.name("t"), range: expectation.value.range),
                                right: expectation.value, range: expectation.value.range)
        spec.equations = [Located(value: equation, text: expectation.text, line: expectation.line, column: expectation.column)]
        do { return try StepProgram(model: spec, parameters: [:], output: "expect") } catch {
            throw .rubric("line \(expectation.line): <expect>\(expectation.text)</expect> cannot be run: \(error.message)")
        }
    }
}
