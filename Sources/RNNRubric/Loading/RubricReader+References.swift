extension RubricReader {
    /// A part without `model=` uses its problem's model when the problem has exactly one.
    func resolveModels(_ rubric: inout Rubric) {
        for p in rubric.problems.indices where rubric.problems[p].models.count == 1 {
            let only = rubric.problems[p].models[0].id
            for q in rubric.problems[p].parts.indices where rubric.problems[p].parts[q].modelID == nil {
                rubric.problems[p].parts[q].modelID = only
            }
        }
    }

    /// Checks that every model, part and parameter a rubric refers to exists.
    func checkReferences(_ rubric: Rubric) {
        for problem in rubric.problems {
            for part in problem.parts {
                checkPartReferences(part, in: problem)
            }
            for model in problem.models {
                checkSequences(model)
                checkEquations(model)
            }
        }
        for sample in rubric.selfTests {
            for answer in sample.answers where rubric.part(answer.part) == nil {
                report("self-test '\(sample.id)' answers part '\(answer.part)', which this rubric does not have (parts are named problem.part, for example \(rubric.parts.first?.id ?? "1.a"))",
                       line: answer.line, column: 1, note: nil)
            }
        }
    }

    private func checkPartReferences(_ part: Part, in problem: Problem) {
        let known = problem.models.map(\.id).joined(separator: ", ")
        if let id = part.modelID, problem.model(id) == nil {
            report("part '\(part.id)' names model '\(id)', which problem '\(problem.id)' does not define (models: \(known.isEmpty ? "none" : known))",
                   line: part.line, column: 1, note: nil)
        }
        if let model = part.modelID.flatMap(problem.model), !model.hasAllInputs, !part.answer.isDesign {
            let missing = model.inputs.filter { $0.values.isEmpty }.map(\.name).joined(separator: ", ")
            report("part '\(part.id)' is evaluated on model '\(model.id)', whose input \(missing) has no values; give values=\"…\" or use the model only in design parts",
                   line: part.line, column: 1, note: nil)
        }
        for mistake in part.mistakes {
            if let id = mistake.modelID, problem.model(id) == nil {
                report("this mistake names model '\(id)', which problem '\(problem.id)' does not define", line: mistake.line, column: 1, note: nil)
            }
        }
        if case .design(let design) = part.answer { checkDesign(design, part: part, in: problem) }
    }

    private func checkDesign(_ design: DesignSpec, part: Part, in problem: Problem) {
        guard let model = problem.model(design.modelID) else {
            report("the design part '\(part.id)' names model '\(design.modelID)', which problem '\(problem.id)' does not define",
                   line: part.line, column: 1, note: nil)
            return
        }
        let free = Set(model.freeParameters)
        for name in design.free where !free.contains(name) {
            report("design part '\(part.id)' lists '\(name)' as free, but model '\(model.id)' has no parameter '\(name)' with free=\"true\"",
                   line: part.line, column: 1, note: nil)
        }
        for name in model.freeParameters where !design.free.contains(name) {
            report("model '\(model.id)' leaves parameter '\(name)' free, but design part '\(part.id)' does not list it in free=\"…\"",
                   line: part.line, column: 1, note: nil)
        }
        let outputs = Set(model.equations.map(\.value.name)).union(model.states.map(\.name))
        if !outputs.contains(design.output) {
            report("design part '\(part.id)' reads output '\(design.output)', which model '\(model.id)' does not compute",
                   line: part.line, column: 1, note: nil)
        }
        if let reference = design.referenceModelID, problem.model(reference) == nil {
            report("design part '\(part.id)' names reference model '\(reference)', which problem '\(problem.id)' does not define",
                   line: part.line, column: 1, note: nil)
        }
        for testCase in design.cases where testCase.input.count != testCase.output.count {
            report("this case has \(testCase.input.count) inputs but \(testCase.output.count) outputs; give one output per input step",
                   line: testCase.line, column: 1, note: nil)
        }
        if design.cases.isEmpty && design.expectation == nil && design.referenceModelID == nil {
            report("design part '\(part.id)' needs a specification: <case>, <expect> or <reference>", line: part.line, column: 1, note: nil)
        }
    }

    /// One equation per name and time index; a step-specific equation names a step the inputs reach.
    private func checkEquations(_ model: ModelSpec) {
        var first: [String: Int] = [:]
        let steps = model.inputs.map(\.values.count).max() ?? 0
        for located in model.equations {
            let equation = located.value
            let index = equation.index.map { "\($0)" } ?? ""
            let key = "\(equation.name)[\(index)]"
            if let line = first[key] {
                report("\(key) is defined twice in model '\(model.id)' (first on line \(line)); keep one equation", line: located.line, column: located.column, note: nil)
            } else {
                first[key] = located.line
            }
            if let index = equation.index, case .number(let literal) = index.kind, let step = Int(literal),
               steps > 0, model.hasAllInputs, step > steps {
                report("\(key) is for step \(step), but the inputs of model '\(model.id)' have \(steps) steps", line: located.line, column: located.column, note: nil)
            }
        }
    }

    private func checkSequences(_ model: ModelSpec) {
        let lengths = Set(model.inputs.map(\.values.count).filter { $0 > 0 })
        if lengths.count > 1 {
            report("the inputs of model '\(model.id)' have different lengths (\(lengths.sorted().map(String.init).joined(separator: ", "))); every input needs one value per step",
                   line: model.line, column: 1, note: nil)
        }
        let steps = lengths.max() ?? 0
        for target in model.targets where target.values.count > steps && steps > 0 {
            report("target '\(target.name)' has \(target.values.count) values but the inputs have \(steps) steps",
                   line: target.line, column: 1, note: nil)
        }
    }
}
