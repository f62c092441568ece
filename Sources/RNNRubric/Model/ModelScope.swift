/// The names an expression may use inside one model: what the loader checks expressions
/// against, and what the solver binds.
public struct ModelScope: Sendable, Hashable {
    /// Names that take no time index: parameters and quantities such as `L`.
    public var plain: Set<String>
    /// Names indexed by time step: states, inputs, targets and equation outputs.
    public var timeIndexed: Set<String>
    /// Model-declared activation functions (`phi`).
    public var functions: Set<String>

    public init(plain: Set<String> = [], timeIndexed: Set<String> = [], functions: Set<String> = []) {
        self.plain = plain
        self.timeIndexed = timeIndexed
        self.functions = functions
    }

    /// The names of `model`, including a preset cell's implicit parameters and quantities.
    public init(model: ModelSpec) {
        self.init()
        plain.formUnion(model.params.map(\.name))
        plain.formUnion(model.quantities.map(\.name))
        timeIndexed.formUnion(model.states.map(\.name))
        timeIndexed.formUnion(model.inputs.map(\.name))
        timeIndexed.formUnion(model.targets.map(\.name))
        timeIndexed.formUnion(model.equations.map(\.value.name))
        functions.formUnion(model.activations.map(\.name))
        if let cell = model.cell {
            plain.formUnion(CellCatalog.parameters(cell: cell.kind, convention: cell.convention,
                                                   input: cell.inputSize ?? 1, hidden: cell.hiddenSize ?? 1,
                                                   resetAfter: cell.resetAfter).map(\.name))
            timeIndexed.formUnion(CellCatalog.timeIndexedNames(cell: cell.kind, convention: cell.convention))
            timeIndexed.insert("x")
        }
    }

    /// Every name, for "did you mean" suggestions.
    public var allNames: Set<String> { plain.union(timeIndexed).union(functions) }
}
