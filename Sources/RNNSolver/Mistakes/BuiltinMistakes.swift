import RNNExpr
import RNNRubric

/// The mistakes rnngrade recognises in any ask without rubric work: the immediate partial
/// instead of the full gradient, σ and tanh swapped, a transposed result, a sign error, the ½ of
/// the squared loss, the mean instead of the sum over time, and an off-by-one time index.
package enum BuiltinMistakes {
    /// The variants of `ask` on `model` (each only where it can differ from the ask itself).
    package static func variants(of ask: Expr, model: ModelSpec?) -> [MistakeVariant] {
        var result: [MistakeVariant] = []
        if case .call("grad", let arguments) = ask.kind {
            result.append(MistakeVariant(
                kind: .partial, feedback: "you kept only the immediate dependence; earlier steps also depend on \(arguments.last.map { "\($0.value)" } ?? "it"), so their terms add to the gradient",
                ask: ask.synthesized(.call(name: "partial", arguments: arguments)), model: nil, credit: 0))
        }
        if let model, let swapped = swappingSigmoidAndTanh(model) {
            result.append(MistakeVariant(kind: .sigmoidTanh, feedback: "your value is what the network gives with σ and tanh swapped; check which activation each equation uses",
                                         ask: ask, model: swapped, credit: 0))
        }
        result.append(MistakeVariant(kind: .transpose, feedback: "your matrix is the transpose of the right one; check the layout (rows of ∂y, columns of ∂x)",
                                     ask: ask.synthesized(.transpose(ask)), model: nil, credit: 0))
        result.append(MistakeVariant(kind: .sign, feedback: "your value has the wrong sign",
                                     ask: ask.synthesized(.unary(.negate, ask)), model: nil, credit: 0))
        if let model, model.quantities.contains(where: \.isLoss) {
            result.append(MistakeVariant(kind: .halfLoss, feedback: "your value is what the loss with a factor ½ gives; this rubric's squared loss has no ½",
                                         ask: ask, model: rescalingLoss(model, half: true), credit: 0))
            result.append(MistakeVariant(kind: .meanLoss, feedback: "your value is what the mean over time gives; this loss is the sum over time",
                                         ask: ask, model: rescalingLoss(model, half: false), credit: 0))
        }
        for shift in [-1, 1] {
            if let shifted = shiftingTimeIndices(ask, by: shift, timeIndexed: model.map { NameScope(model: $0).timeIndexed }) {
                result.append(MistakeVariant(kind: shift < 0 ? .indexBefore : .indexAfter,
                                             feedback: "your value belongs to the step \(shift < 0 ? "before" : "after") the one asked for; check the time index",
                                             ask: shifted, model: nil, credit: 0))
            }
        }
        return result
    }

    /// The model with every sigmoid replaced by tanh and vice versa; nil when it uses neither.
    static func swappingSigmoidAndTanh(_ model: ModelSpec) -> ModelSpec? {
        var changed = false
        var variant = model
        variant.equations = model.equations.map { located in
            var copy = located
            copy.value.right = located.value.right.rewritten { node in
                guard case .call(let name, let arguments) = node.kind else { return nil }
                let swapped: String? = ["sigmoid", "sigma", "σ"].contains(name) ? "tanh" : (name == "tanh" ? "sigmoid" : nil)
                guard let swapped else { return nil }
                changed = true
                return node.synthesized(.call(name: swapped, arguments: arguments))
            }
            return copy
        }
        variant.activations = model.activations.map { activation in
            var copy = activation
            switch activation.function {
            case .sigmoid: copy.function = .tanh; changed = true
            case .tanh: copy.function = .sigmoid; changed = true
            case .identity, .relu, .step, .softmax: break
            }
            return copy
        }
        return changed ? variant : nil
    }

    /// The model with each loss multiplied by ½ (`half`) or divided by T.
    static func rescalingLoss(_ model: ModelSpec, half: Bool) -> ModelSpec {
        var variant = model
        variant.quantities = model.quantities.map { quantity in
            guard quantity.isLoss else { return quantity }
            var copy = quantity
            let body = quantity.expression.value
            let factor = body.synthesized(half ? .number("2") : .name("T"))
            copy.expression.value = body.synthesized(.binary(.divide, body, factor))
            return copy
        }
        return variant
    }

    /// The ask with every literal time index `k` replaced by `k + shift`; nil when it has none.
    /// With the model's `timeIndexed` names, only their subscripts are time indices (`a_next[4]`
    /// of a parameter or quantity is a row, not a step).
    static func shiftingTimeIndices(_ ask: Expr, by shift: Int, timeIndexed: Set<String>?) -> Expr? {
        var changed = false
        let result = ask.rewritten { node in
            guard case .index(let base, let indices) = node.kind, indices.count == 1,
                  timeIndexed.map({ names in if case .name(let name) = base.kind { names.contains(name) } else { false } }) ?? true,
                  case .number(let literal) = indices[0].kind, let k = Int(literal), k + shift >= 0 else { return nil }
            changed = true
            return node.synthesized(.index(base: base, indices: [indices[0].synthesized(.number(String(k + shift)))]))
        }
        return changed ? result : nil
    }
}
