import RNNMath

/// A tape of tensor operations with reverse-mode differentiation (micrograd's shape, over `Matrix`).
///
/// Each primitive computes its forward value immediately and records, right beside it, the rule
/// that sends gradients back to its operands. Nodes are appended in creation order, so the tape
/// itself is a topological order.
///
///     let g = Graph()
///     let w = g.leaf(.scalar(Scalar(3)), name: "w")
///     let loss = try g.power(w, 2)                 // w²
///     try g.backward(from: loss)[w]               // [[6]]
///
/// Node ids are only meaningful for the graph that made them.
///
/// Every recorded value is held to the graph's ``WorkBudget`` (see `Graph+Budget.swift`): with
/// `approximatesBeyondBudget`, exact work that would exceed it is done in floating point
/// instead (and remembered in ``fallback``); otherwise it is an error naming the limit.
package final class Graph {
    /// The recorded nodes, in creation order.
    private(set) var nodes: [Node] = []
    /// The limits every recorded value and operation is held to.
    package let budget: WorkBudget
    /// Whether exact work beyond the budget falls back to `Double` (the key may be approximate)
    /// rather than failing.
    package let approximatesBeyondBudget: Bool
    /// The first budget excess that made the graph compute in floating point, if any.
    package internal(set) var fallback: BudgetExcess?

    /// An empty graph held to `budget`; with `approximatesBeyondBudget`, exact work beyond it
    /// is done in floating point.
    package init(budget: WorkBudget = .standard, approximatesBeyondBudget: Bool = false) {
        self.budget = budget
        self.approximatesBeyondBudget = approximatesBeyondBudget
    }

    /// The number of nodes recorded so far.
    package var nodeCount: Int { nodes.count }

    /// The leaves recorded so far (parameters and states whose gradients may be asked for).
    var leafNodes: [NodeID] { nodes.indices.filter { nodes[$0].op == "leaf" }.map(NodeID.init(index:)) }

    /// A constant: a value with no parents and no gradient of interest.
    ///
    /// - Parameter label: text for worked solutions (e.g. `"y[2]"`).
    package func constant(_ value: Matrix, label: String) -> NodeID {
        append(Node(op: "constant", name: label, value: value, parents: []) { _, _ in [] })
    }

    /// A leaf: a named parameter or state whose gradient is wanted.
    package func leaf(_ value: Matrix, name: String) -> NodeID {
        append(Node(op: "leaf", name: name, value: value, parents: []) { _, _ in [] })
    }

    /// The forward value of `id`.
    ///
    /// - Precondition: `id` was created by this graph.
    package func value(_ id: NodeID) -> Matrix { nodes[id.index].value }

    /// The operation label of `id` (`"leaf"`, `"constant"`, `"add"`, `"matmul"`, …).
    package func op(_ id: NodeID) -> String { nodes[id.index].op }

    /// The name of a leaf or label of a constant; `nil` for computed nodes.
    package func name(_ id: NodeID) -> String? { nodes[id.index].name }

    /// The operands of `id`, in order.
    package func parents(_ id: NodeID) -> [NodeID] { nodes[id.index].parents }

    /// Computes a node's value with `forward` and records it with its gradient rule, held to
    /// the budget (`admitted(_:)`); a `MathError` from `forward` is reported with the `op` label.
    /// Unless `anyRank`, an operand with leading axes (numpy rank 3 or more) is refused.
    func record(
        _ op: String, _ parents: [NodeID], anyRank: Bool = false,
        forward: () throws(MathError) -> Matrix,
        backward: @escaping BackwardRule
    ) throws(GraphError) -> NodeID {
        do {
            try requireNodeRoom()
            if !anyRank { try requireMatrices(op, parents) }
            let value = try admitted(try forward())
            return append(Node(op: op, name: nil, value: value, parents: parents, backward: backward))
        } catch {
            throw .operation(op: op, error: error)
        }
    }

    /// Appends `node` to the tape.
    private func append(_ node: Node) -> NodeID {
        nodes.append(node)
        return NodeID(index: nodes.count - 1)
    }
}
