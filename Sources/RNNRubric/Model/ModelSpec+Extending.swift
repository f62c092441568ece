extension ModelSpec {
    /// This model with `variant`'s parts laid over it: parameters, activations, states,
    /// sequences and quantities replace this model's of the same name, equations replace the one
    /// for the same name and time index, claims are added. The result has `variant`'s id.
    func extended(by variant: ModelSpec, keepingBaseCell: Bool) -> ModelSpec {
        func merge<T>(_ base: [T], _ over: [T], key: (T) -> String) -> [T] {
            let replaced = Set(over.map(key))
            return base.filter { !replaced.contains(key($0)) } + over
        }
        var result = self
        result.id = variant.id
        result.line = variant.line
        if !keepingBaseCell { result.cell = variant.cell }
        result.params = merge(params, variant.params) { $0.name }
        result.activations = merge(activations, variant.activations) { $0.name }
        result.states = merge(states, variant.states) { $0.name }
        result.inputs = merge(inputs, variant.inputs) { $0.name }
        result.targets = merge(targets, variant.targets) { $0.name }
        result.quantities = merge(quantities, variant.quantities) { $0.name }
        result.equations = merge(equations, variant.equations) { "\($0.value.name)[\($0.value.index.map { "\($0)" } ?? "")]" }
        result.claims = claims + variant.claims
        result.requirements = requirements + variant.requirements
        result.seededData = seededData + variant.seededData
        return result
    }
}
