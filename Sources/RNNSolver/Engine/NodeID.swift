/// A handle to one node of a `Graph`, valid only for the graph that created it.
///
/// Nodes are numbered in creation order, so a node's parents always have smaller ids.
package struct NodeID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The node's position on its graph's tape (0-based).
    package let index: Int

    /// Only graphs create node ids.
    init(index: Int) {
        self.index = index
    }

    /// Orders ids by creation.
    package static func < (lhs: NodeID, rhs: NodeID) -> Bool { lhs.index < rhs.index }

    /// `"%index"`, as in a printed tape.
    package var description: String { "%\(index)" }
}
