import Testing
import RNNExpr
import RNNMath

/// The built-in function table.
@Suite struct CatalogueTests {
    /// The registered matrix functions come first, in registry order, then the rest.
    @Test func everyFunctionIsPresent() {
        let names = BuiltinFunction.catalogue.map(\.name)
        #expect(names == MatrixFunction.registry.map(\.name) + [
            "eigvals", "singvals", "spectral_radius", "det", "inv", "transpose", "diag",
            "trace", "max", "min", "norm", "sum", "mean", "stack", "cross_entropy", "grad", "partial", "jacobian",
            "params", "clip_norm", "clip_norm_torch", "clip_value",
            "schedule_linear", "schedule_exp", "schedule_invsigmoid", "pascanu_bound", "classify_gradients",
        ])
    }

    @Test func spellingsAreUnique() {
        let spellings = BuiltinFunction.catalogue.flatMap(\.spellings)
        #expect(Set(spellings).count == spellings.count)
    }

    @Test func entriesAreConsistent() {
        for function in BuiltinFunction.catalogue {
            #expect(!function.positional.isEmpty, "\(function.name)")
            #expect(function.arity.upperBound >= 1, "\(function.name)")
            #expect(!function.summary.isEmpty, "\(function.name)")
            #expect(function.name.allSatisfy { $0.isLetter || $0 == "_" }, "\(function.name)")
        }
    }

    @Test(arguments: [("σ", "sigmoid"), ("sigma", "sigmoid"), ("sigmoid", "sigmoid"), ("grad", "grad")])
    func lookupResolvesAliases(spelling: String, name: String) {
        #expect(BuiltinFunction.named(spelling)?.name == name)
    }

    @Test func unknownNameIsNil() {
        #expect(BuiltinFunction.named("phi") == nil)
    }

    @Test func scopeFunctionsComeFirst() {
        let custom = BuiltinFunction("tanh", arity: 1...2, summary: "A scaled tanh.")
        #expect(NameScope(functions: [custom]).function(named: "tanh")?.arity == 1...2)
    }
}
