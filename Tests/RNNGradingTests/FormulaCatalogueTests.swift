import Testing
import RNNExpr
@testable import RNNGrading

/// Every one-argument elementwise function of the expression language can appear in a formula
/// key, so the formula evaluator must know each of them (softmax is vector-valued and min/max
/// take two arguments; neither makes sense in a scalar formula).
@Suite struct FormulaCatalogueTests {
    static let scalarFunctions = BuiltinFunction.catalogue.filter { function in
        function.arity == 1...1 && !["softmax", "eigvals", "singvals", "spectral_radius", "det", "inv",
                                      "transpose", "diag", "trace", "params"].contains(function.name)
    }

    @Test(arguments: scalarFunctions.flatMap(\.spellings))
    func evaluatorKnowsEveryScalarFunction(_ name: String) {
        #expect(FormulaEvaluator.functions[name] != nil, "\(name) is in the catalogue but not in FormulaEvaluator")
    }

    // Values worked by hand: σ(0) = 1/2, σ'(0) = 1/4, tanh'(0) = 1, step(0) = 1 (z ≥ 0, as the catalogue says).
    @Test func derivativesAtZero() {
        #expect(FormulaEvaluator.functions["dsigmoid"]?(0) == 0.25)
        #expect(FormulaEvaluator.functions["dtanh"]?(0) == 1)
        #expect(FormulaEvaluator.functions["step"]?(0) == 1)
        #expect(FormulaEvaluator.functions["sigmoid"]?(0) == 0.5)
    }
}
