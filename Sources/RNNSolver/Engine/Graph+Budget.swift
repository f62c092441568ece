import RNNMath

/// How a graph holds its work to its ``WorkBudget``: a node count, the size of every exact
/// value it records, and a way for operations that check the budget before they start (exact
/// determinants, inverses, powers) to fall back to floating point.
extension Graph {
    /// Throws unless one more node fits in `budget.graphNodes`.
    func requireNodeRoom() throws(MathError) {
        guard nodes.count < budget.graphNodes else {
            throw .overBudget(BudgetExcess(work: "more than \(budget.graphNodes) graph nodes", limit: .graphNodes, budget: budget))
        }
    }

    /// `value`, or when its exact elements outgrow `budget.exactBits` and the graph may
    /// approximate, `value` in floating point; otherwise the excess is thrown.
    func admitted(_ value: Matrix) throws(MathError) -> Matrix {
        try withinBudget { () throws(MathError) in
            try value.requireExactBits(within: budget)
            return value
        } otherwise: { () throws(MathError) in try value.inFloatingPoint() }
    }

    /// `exact()`, or when it throws `MathError.overBudget` and the graph may approximate,
    /// `approximate()`, remembering the first excess in ``fallback``.
    ///
    ///     try graph.withinBudget { () throws(MathError) in try m.determinant(budget: graph.budget) }
    ///         otherwise: { () throws(MathError) in try m.inFloatingPoint().determinant() }
    package func withinBudget<Value>(_ exact: () throws(MathError) -> Value,
                                     otherwise approximate: () throws(MathError) -> Value) throws(MathError) -> Value {
        do {
            return try exact()
        } catch {
            guard case .overBudget(let excess) = error, approximatesBeyondBudget else { throw error }
            if fallback == nil { fallback = excess }
            return try approximate()
        }
    }
}
