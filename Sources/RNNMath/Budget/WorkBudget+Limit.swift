extension WorkBudget {
    /// One limit of a ``WorkBudget``; its raw value is the `<budget>` attribute that sets it.
    package enum Limit: String, CaseIterable, Sendable {
        /// ``WorkBudget/exactBits``.
        case exactBits = "exact-bits"
        /// ``WorkBudget/graphNodes``.
        case graphNodes = "graph-nodes"
        /// ``WorkBudget/exactMatrixSize``.
        case exactMatrixSize = "matrix-size"
        /// ``WorkBudget/designSequences``.
        case designSequences = "design-sequences"
        /// ``WorkBudget/formulaSamples``.
        case formulaSamples = "formula-samples"
        /// ``WorkBudget/dataWork``.
        case dataWork = "data-work"
        /// ``WorkBudget/designSteps``.
        case designSteps = "design-steps"

        /// The property of ``WorkBudget`` that holds this limit.
        package var keyPath: WritableKeyPath<WorkBudget, Int> {
            switch self {
            case .exactBits: \.exactBits
            case .graphNodes: \.graphNodes
            case .exactMatrixSize: \.exactMatrixSize
            case .designSequences: \.designSequences
            case .formulaSamples: \.formulaSamples
            case .dataWork: \.dataWork
            case .designSteps: \.designSteps
            }
        }

        /// The limit as words: "the 4096-bit budget", "the budget of 20×20".
        func phrase(_ value: Int) -> String {
            switch self {
            case .exactBits: "the \(value)-bit budget"
            case .graphNodes: "the budget of \(value) graph nodes"
            case .exactMatrixSize: "the budget of \(value)×\(value) for exact matrices"
            case .designSequences: "the budget of \(value) design sequences"
            case .formulaSamples: "the budget of \(value) formula samples"
            case .dataWork: "the budget of \(value) element operations per data block"
            case .designSteps: "the budget of \(value) design steps"
            }
        }
    }
}
