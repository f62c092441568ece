import RNNExpr
import RNNMath
import RNNRubric
import RNNSolver

/// Prompts with the variant's numbers: `{W}` is parameter W (or an array of a `<data>` block),
/// `{x[2]}` step 2 of sequence x, `{x}` every step, `{h[0]}` a state's initial value, each as the
/// rubric's `style` says or as the placeholder says (`{W:fraction}`, `{W:decimal}`); `{seed}` the
/// seeds of the problem's `<data draw="seeds">` block (`{seed[2]}` its second). Only names of
/// data (parameters, inputs, targets, states) of the problem's models are filled, so braces in
/// prose (`h_{t-1}`) stay, and no placeholder can show a computed quantity.
struct PromptPlaceholders {
    let problem: Problem
    let style: VariantSettings.ValueStyle
    /// Where data written as expressions are evaluated: the rubric's unrollings.
    let unrollings: SharedUnrollings

    /// `text` with every placeholder (``PlaceholderSyntax``) filled in; one that names no datum stays.
    func fill(_ text: String) -> String {
        var result = ""
        var done = text.startIndex
        while let found = PlaceholderSyntax.first(in: text, from: done) {
            let chosen = found.format.flatMap { VariantSettings.ValueStyle(rawValue: String($0)) } ?? style
            result += text[done..<found.range.lowerBound]
            result += value(of: String(found.name), index: found.index.flatMap { Int($0) }, style: chosen) ?? String(text[found.range])
            done = found.range.upperBound
        }
        return done == text.startIndex ? text : result + text[done...]
    }

    /// The text of a datum, or nil when the name is not one of the problem's data.
    private func value(of name: String, index: Int?, style: VariantSettings.ValueStyle) -> String? {
        for model in problem.models {
            if index == nil, let value = model.params.first(where: { $0.name == name && !$0.free })?.value {
                return evaluate(value.value, on: model, style: style)
            }
            if index == nil, let data = model.params.first(where: { $0.name == name })?.data {
                return Self.text(data, style: style)
            }
            if let sequence = (model.inputs + model.targets).first(where: { $0.name == name }) {
                if let index { return index >= 1 && index <= sequence.values.count ? evaluate(sequence.values[index - 1].value, on: model, style: style) : nil }
                let steps = sequence.values.map { evaluate($0.value, on: model, style: style) }
                return steps.isEmpty || steps.contains(nil) ? nil : steps.compactMap { $0 }.joined(separator: ", ")
            }
            if let state = model.states.first(where: { $0.name == name }), index == nil || index == 0 {
                return evaluate(state.initial.value, on: model, style: style)
            }
        }
        if name == "seed", let seeds = problem.models.lazy.flatMap(\.seededData).first?.seeds {
            // The seeds of the problem's `<data draw="seeds">` block: a student reruns their cell with them.
            guard let index else { return seeds.map(String.init).joined(separator: ", ") }
            return index >= 1 && index <= seeds.count ? String(seeds[index - 1]) : nil
        }
        return nil
    }

    /// A datum's expression evaluated: alone when it is a constant (on no model), else on the
    /// model (a value written in terms of other parameters).
    private func evaluate(_ expression: Expr, on model: ModelSpec, style: VariantSettings.ValueStyle) -> String? {
        let solved = (try? unrollings.value(of: expression, model: nil, in: problem.id).get())
            ?? (try? unrollings.value(of: expression, model: model, in: problem.id).get())
        return solved?.matrix.map { Self.text($0, style: style) }
    }

    /// A value as a prompt shows it: `-0.3` or `-3/10`, matrices as `[0.5 -0.2; 0.1 0.3]`.
    static func text(_ value: Matrix, style: VariantSettings.ValueStyle) -> String {
        func element(_ scalar: Scalar) -> String {
            guard case .exact(let rational) = scalar else { return ValueFormatting.scalar(scalar) }
            return style == .decimal ? rational.terminatingDecimalText ?? rational.description : rational.description
        }
        if value.isScalar { return element(value.elements[0]) }
        let rows = (0..<value.rows).map { r in (0..<value.cols).map { c in element(value[r, c]) }.joined(separator: " ") }
        return "[" + rows.joined(separator: "; ") + "]"
    }
}

extension Rubric {
    /// This rubric with every problem and part prompt's placeholders filled from its own data,
    /// evaluated on `unrollings` when given (the variant's, which drawing built).
    func fillingPrompts(style: VariantSettings.ValueStyle, unrollings given: SharedUnrollings? = nil) -> Rubric {
        var result = self
        let unrollings = given ?? SharedUnrollings(solver: Solver(rubric: self))
        result.problems = problems.map { problem in
            let placeholders = PromptPlaceholders(problem: problem, style: style, unrollings: unrollings)
            var filled = problem
            filled.prompt = problem.prompt.map(placeholders.fill)
            filled.parts = problem.parts.map { part in
                var part = part
                part.prompt = part.prompt.map(placeholders.fill)
                return part
            }
            return filled
        }
        return result
    }
}
