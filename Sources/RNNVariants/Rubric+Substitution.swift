import RNNExpr
import RNNMath
import RNNRubric

extension Rubric {
    /// This rubric with `values` (by problem index and slot key) in place of the drawn data, and
    /// without what asserts the fixed data: instructors' typed keys and self-tests.
    func substituting(_ values: [Int: [String: DrawnDatum]]) throws(VariantError) -> Rubric {
        var result = self
        for (index, drawn) in values {
            for m in result.problems[index].models.indices {
                var model = result.problems[index].models[m]
                for p in model.params.indices {
                    guard let draw = model.params[p].draw, let value = drawn["\(model.params[p].name)@\(draw.line)"]?.values.first else { continue }
                    model.params[p].value = try Self.located(value, line: model.params[p].line)
                }
                Self.substitute(&model, drawn)
                model.inputs = try Self.substituting(model.inputs, drawn)
                model.targets = try Self.substituting(model.targets, drawn)
                result.problems[index].models[m] = model
            }
        }
        result.problems = result.problems.map { problem in
            var problem = problem
            problem.parts = problem.parts.map(\.withoutTypedKey)
            return problem
        }
        result.selfTests = []
        return result
    }

    /// `model` with each seeded `<data>` block's arrays and seeds as drawn. An array the model
    /// took from elsewhere (an extending model's own `<param>`) keeps that value.
    private static func substitute(_ model: inout ModelSpec, _ drawn: [String: DrawnDatum]) {
        for b in model.seededData.indices {
            guard let datum = drawn[model.seededData[b].key] else { continue }
            model.seededData[b].seeds = datum.seeds
            for (name, value) in zip(model.seededData[b].names, datum.values) {
                for p in model.params.indices where model.params[p].name == name && model.params[p].data != nil {
                    model.params[p].data = value
                }
            }
        }
    }

    private static func substituting(_ sequences: [SequenceSpec], _ drawn: [String: DrawnDatum]) throws(VariantError) -> [SequenceSpec] {
        var result = sequences
        for s in result.indices {
            guard let draw = result[s].draw, let values = drawn["\(result[s].name)@\(draw.line)"]?.values else { continue }
            var located: [Located<Expr>] = []
            for value in values { located.append(try Self.located(value, line: result[s].line)) }
            result[s].values = located
        }
        return result
    }

    /// A drawn value as the rubric's parsed expression (`-3/10`, `[[1, 2], [3, 4]]`, which the
    /// parser reads back exactly), located at its element.
    private static func located(_ value: Matrix, line: Int) throws(VariantError) -> Located<Expr> {
        let text = ValueFormatting.matrix(value)
        do {
            return Located(value: try ExpressionParser.parseExpression(text), text: text, line: line, column: 1)
        } catch {
            throw VariantError("line \(line): the drawn value \(text) does not read back as an expression: \(error.message)")
        }
    }
}

extension Part {
    /// The part without the instructor's typed key where the solver computes one (that key
    /// belongs to the fixed data).
    var withoutTypedKey: Part {
        var part = self
        switch answer {
        case .computed(let kind, let ask?, _): part.answer = .computed(kind: kind, ask: ask, key: nil)
        case .interval(let ask?, _): part.answer = .interval(ask: ask, key: nil)
        default: break
        }
        return part
    }
}
