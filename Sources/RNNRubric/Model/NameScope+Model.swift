import RNNExpr

extension NameScope {
    /// The names an expression may use inside `model`: parameters and quantities, time-indexed
    /// states, inputs, targets and equation outputs, the model's own activations, and a preset
    /// cell's implicit parameters and quantities (from ``CellCatalog``).
    package init(model: ModelSpec) {
        var names = Set(model.params.map(\.name)).union(model.quantities.map(\.name))
        var timeIndexed = Set(model.states.map(\.name))
            .union(model.inputs.map(\.name)).union(model.targets.map(\.name))
            .union(model.equations.map(\.value.name))
        if let cell = model.cell {
            names.formUnion(CellCatalog.parameterShapes(cell).map(\.shape.name))
            timeIndexed.formUnion(CellCatalog.timeIndexedNames(cell))
            timeIndexed.insert("x")
        }
        self.init(names: names, timeIndexed: timeIndexed,
                  functions: model.activations.map { BuiltinFunction.activation($0.name, summary: "the model's \($0.function) activation") })
    }

    /// The names a model's constant data (parameter values, initial states, sequences) may use:
    /// its parameters only.
    package static func constants(of model: ModelSpec) -> NameScope {
        NameScope(names: Set(model.params.map(\.name)))
    }
}
