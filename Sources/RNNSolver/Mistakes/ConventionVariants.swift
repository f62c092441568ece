import RNNExpr
import RNNMath
import RNNRubric

/// The value a student gets who follows another convention than the rubric's: another
/// `convention=` of a question helper (`params(lstm, …, convention=keras)`), a GRU's other
/// update rule (Cho et al.'s `textbook` ↔ Chung et al.'s `chung`), the other framework's gate
/// order read from the stacked weights (PyTorch r, z, n ↔ Keras z, r, h), and a loss written
/// with ½ or as a mean over time computed without them (the other way round, a ½ or a mean
/// where the rubric has none, is ``BuiltinMistakes``). `verify --mutants` grades each against
/// the key (docs/ci-example.md).
///
/// LSTM and Elman presets have the same equations and gate order in every catalogued
/// convention (docs/conventions.md), so they give no variant here; the peephole LSTM needs
/// parameters the other conventions lack.
package struct ConventionVariant: Sendable {
    /// What the student did, for reports: `convention=keras`, `gate order z, r, n`.
    package var name: String
    /// The ask to evaluate.
    package var ask: Expr
    /// The model to evaluate it on (nil: no model).
    package var model: ModelSpec?
    /// Parameter values replacing the model's (the reordered stacked weights).
    package var parameters: [String: Matrix]
    /// Whether the two conventions differ in general, so a value equal to the key means that
    /// the rubric's data cannot tell them apart (all weights equal, say); false where they
    /// can agree by their nature (two conventions with the same parameter count).
    package var differsInGeneral: Bool
}

extension Solver {
    /// The convention variants of `part`'s ask (none for a part without one).
    package func conventionVariants(of part: Part) -> [ConventionVariant] {
        guard case .computed(_, let located?, _) = part.answer else { return [] }
        let ask = located.value
        let model = model(of: part)
        var result = ConventionVariants.helperConventions(ask).map {
            ConventionVariant(name: $0.name, ask: $0.ask, model: model, parameters: [:], differsInGeneral: false)
        }
        guard let model else { return result }
        if let cell = model.cell, cell.kind == .gru {
            switch cell.convention {
            case .textbook, .chung:
                var other = model
                other.cell?.convention = cell.convention == .chung ? .textbook : .chung
                result.append(ConventionVariant(name: other.cell!.convention == .chung ? "Chung's update h = (1−z)⊙h₋₁ + z⊙h̃" : "Cho's update h = z⊙h₋₁ + (1−z)⊙h̃",
                                                ask: ask, model: other, parameters: [:], differsInGeneral: true))
            case .pytorch, .keras:
                // A rubric's own gate-order names no other framework's order to confuse it with.
                if cell.options.gateOrder == nil, let reordered = swappedGateBlocks(model, cell: cell) {
                    result.append(ConventionVariant(name: cell.convention == .pytorch ? "gate order z, r, n (Keras's) in weight_ih, weight_hh, bias_ih, bias_hh"
                                                        : "gate order r, z, h (PyTorch's) in kernel, recurrent_kernel, bias",
                                                    ask: ask, model: model, parameters: reordered, differsInGeneral: true))
                }
            case .peephole:
                break
            }
        }
        for (name, factor) in ConventionVariants.lossFactors(model) {
            result.append(ConventionVariant(name: name, ask: ask, model: ConventionVariants.scalingLoss(model, by: factor),
                                            parameters: [:], differsInGeneral: false))
        }
        return result
    }

    /// The value of `variant`.
    package func evaluate(_ variant: ConventionVariant) -> Result<SolvedAnswer, SolverError> {
        evaluate(variant.ask, model: variant.model, parameters: variant.parameters)
    }

    /// A stacked GRU's weights with the first two gate blocks swapped (rows of PyTorch's
    /// matrices, columns of Keras's): what a student reading them in the other framework's
    /// order uses. Nil when a weight cannot be evaluated or is not stacked three high.
    private func swappedGateBlocks(_ model: ModelSpec, cell: CellSpec) -> [String: Matrix]? {
        let names = CellCatalog.parameterShapes(cell).map(\.shape.name)
        var result: [String: Matrix] = [:]
        for name in names {
            guard case .success(let solved) = evaluate(Expr(.name(name), range: SourceRange(lowerBound: 0, upperBound: 0)), model: model),
                  let value = solved.matrix else { return nil }
            let swapped = cell.convention == .pytorch ? ConventionVariants.swappingFirstBlocks(value)
                : ConventionVariants.swappingFirstBlocks(value.transposed).map(\.transposed)
            guard let swapped else { return nil }
            result[name] = swapped
        }
        return result
    }
}

/// The rewriting behind ``Solver/conventionVariants(of:)``.
enum ConventionVariants {
    /// Each call in `ask` with a `convention=` argument (and each `params(…)` without one, whose
    /// default is `pytorch`) with every other convention in its place.
    static func helperConventions(_ ask: Expr) -> [(name: String, ask: Expr)] {
        var stated: [String] = []
        _ = ask.rewritten { node in
            guard case .call(let name, let arguments) = node.kind else { return nil }
            if let argument = arguments.first(where: { $0.label == "convention" }), case .name(let value) = argument.value.kind {
                stated.append(value)
            } else if name == "params" {
                stated.append(CellConvention.pytorch.rawValue)
            }
            return nil
        }
        guard let current = stated.first, Set(stated).count == 1 else { return [] }
        return CellConvention.allCases.map(\.rawValue).filter { $0 != current }.map { other in
            let rewritten = ask.rewritten { node in
                guard case .call(let name, var arguments) = node.kind else { return nil }
                let value = Expr.Argument(label: "convention", value: node.synthesized(.name(other)), range: node.range)
                if let index = arguments.firstIndex(where: { $0.label == "convention" }) {
                    arguments[index] = value
                } else if name == "params" {
                    arguments.append(value)
                } else {
                    return nil
                }
                return node.synthesized(.call(name: name, arguments: arguments))
            }
            return (name: "convention=\(other)", ask: rewritten)
        }
    }

    /// For each loss written with a factor ½ or divided by T (a mean over time), the factor
    /// that undoes it, with the variant's name.
    static func lossFactors(_ model: ModelSpec) -> [(name: String, factor: Expr.Kind)] {
        var result: [(name: String, factor: Expr.Kind)] = []
        let factors = model.quantities.filter(\.isLoss).flatMap { multiplicativeFactors($0.expression.value) }
        if factors.contains(where: isHalf) { result.append(("the loss without its ½", .number("2"))) }
        if factors.contains(where: isPerStep) { result.append(("the sum over time instead of the mean", .name("T"))) }
        return result
    }

    /// The model with every loss multiplied by `factor`.
    static func scalingLoss(_ model: ModelSpec, by factor: Expr.Kind) -> ModelSpec {
        var variant = model
        variant.quantities = model.quantities.map { quantity in
            guard quantity.isLoss else { return quantity }
            var copy = quantity
            let body = quantity.expression.value
            copy.expression.value = body.synthesized(.binary(.multiply, body, body.synthesized(factor)))
            return copy
        }
        return variant
    }

    /// The factors of a product, a divisor `d` as `1/d`: `(1/2)·Σ…/T` gives `1/2`, `Σ…`, `1/T`.
    static func multiplicativeFactors(_ expression: Expr) -> [Expr] {
        switch expression.kind {
        case .binary(.multiply, let left, let right):
            return multiplicativeFactors(left) + multiplicativeFactors(right)
        case .binary(.divide, let left, let right):
            return multiplicativeFactors(left) + [expression.synthesized(.binary(.divide, expression.synthesized(.number("1")), right))]
        default:
            return [expression]
        }
    }

    /// Whether `factor` is ½ (`0.5`, `1/2`).
    static func isHalf(_ factor: Expr) -> Bool {
        switch factor.kind {
        case .number(let text): Double(text) == 0.5
        case .binary(.divide, let top, let bottom): top.kind == .number("1") && bottom.kind == .number("2")
        default: false
        }
    }

    /// Whether `factor` is 1/T.
    static func isPerStep(_ factor: Expr) -> Bool {
        guard case .binary(.divide, let top, let bottom) = factor.kind else { return false }
        return top.kind == .number("1") && bottom.kind == .name("T")
    }

    /// `matrix` with its first two thirds of rows swapped block-wise (rows H..<2H first, then
    /// 0..<H, then the rest); nil unless its height divides by 3.
    static func swappingFirstBlocks(_ matrix: Matrix) -> Matrix? {
        guard matrix.rows % 3 == 0, matrix.rows > 0 else { return nil }
        let block = matrix.rows / 3 * matrix.cols
        let elements = matrix.elements
        var swapped: [Scalar] = Array(elements[block..<(2 * block)])
        swapped += elements[0..<block]
        swapped += elements[(2 * block)...]
        return try? Matrix(rows: matrix.rows, cols: matrix.cols, elements: swapped)
    }
}
